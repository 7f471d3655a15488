using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Federation.Membership.Domain;

/// <summary>What a member's contact data must look like; used by the forms, the API and the import alike.</summary>
internal static partial class MemberRules
{
    [GeneratedRegex(@"^\d{3} ?\d{2}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^\+?[0-9 \-()]{7,20}$")]
    private static partial Regex PhonePattern();

    /// <summary>Swedish postal code: five digits, optionally "123 45".</summary>
    public static bool IsPostalCode(string value) => PostalCodePattern().IsMatch(value.Trim());

    public static string NormalizePostalCode(string value) => value.Trim().Replace(" ", "");

    /// <summary>The first three digits: the postal area priority areas are drawn in.</summary>
    public static string PostalAreaOf(string normalizedPostalCode) => normalizedPostalCode[..3];

    public static bool IsPhone(string value)
    {
        var v = value.Trim();
        var digits = v.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(v) && digits is >= 7 and <= 15 && v.LastIndexOf('+') <= 0;
    }

    /// <summary>Digits only, with a leading + kept: "070-123 45 67" → "0701234567".</summary>
    public static string NormalizePhone(string value)
    {
        var v = value.Trim();
        var digits = new string(v.Where(char.IsAsciiDigit).ToArray());
        return v.StartsWith('+') ? "+" + digits : digits;
    }

    public static bool IsEmail(string value)
    {
        var v = value.Trim();
        return !v.Contains(' ') && MailAddress.TryCreate(v, out var address) && address.Address == v && address.Host.Contains('.');
    }
}
