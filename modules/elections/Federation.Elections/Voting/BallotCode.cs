using System.Security.Cryptography;
using System.Text;
using Federation.Platform.Storage;

namespace Federation.Elections.Voting;

/// <summary>A single-use voting code, stored only as a hash. It names no member and no ballot:
/// whoever holds the code may vote once.</summary>
internal sealed class BallotCode : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid ElectionId { get; set; }
    public required string CodeHash { get; set; }
    public bool Used { get; set; }

    // No 0/O or 1/I/L, so a printed code is read back without doubt.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A fresh code like "K7QMX-2RDPA" (50 bits).</summary>
    public static string NewCode()
    {
        var chars = new char[11];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    public static string Hash(string code)
    {
        var normal = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }
}
