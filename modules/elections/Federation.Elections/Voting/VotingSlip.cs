using QRCoder;

namespace Federation.Elections.Voting;

/// <summary>What a printed voting slip carries: the full address of the voting page, and a QR code of
/// that address with the code after '#' — a phone that scans it opens the ballot directly, and the
/// part after '#' is never sent to the server, so the code appears in no request log.</summary>
internal static class VotingSlip
{
    /// <summary>The voting page's absolute address, from the site's base address (e.g. "https://val.example/").</summary>
    public static string Address(string baseUri, string associationId) => $"{baseUri.TrimEnd('/')}/a/{associationId}/rosta";

    /// <summary>The QR code of <paramref name="address"/>#<paramref name="code"/> as a PNG data URI.</summary>
    public static string Qr(string address, string code)
    {
        using var data = QRCodeGenerator.GenerateQrCode($"{address}#{code}", QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
    }
}
