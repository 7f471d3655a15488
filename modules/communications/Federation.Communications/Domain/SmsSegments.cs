namespace Federation.Communications.Domain;

/// <summary>How an SMS is split: encoding, characters counted in it, and the number of segments billed.</summary>
internal sealed record SmsCount(bool Gsm, int Units, int Segments);

/// <summary>
/// Counts SMS segments as networks bill them. Text that fits the GSM 03.38 7-bit alphabet (which has
/// å, ä, ö, é, ü …) takes 160 characters, or 153 per segment when split; its extension table
/// (<c>€ [ ] { } \ ^ ~ |</c> and form feed) costs two each. Anything else (emoji, "ş", "–") sends the
/// whole message as UCS-2: 70, or 67 per segment, counted in UTF-16 code units.
/// </summary>
internal static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    public static SmsCount Count(string text)
    {
        var units = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c)) units++;
            else if (Extension.Contains(c)) units += 2;
            else return Ucs2(text);
        }
        return new(true, units, units == 0 ? 0 : units <= 160 ? 1 : (units + 152) / 153);
    }

    private static SmsCount Ucs2(string text) =>
        new(false, text.Length, text.Length <= 70 ? 1 : (text.Length + 66) / 67);
}
