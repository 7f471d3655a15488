using System.Reflection;

namespace Federation.Host.Accounts;

/// <summary>
/// What a password must be: at least <see cref="MinimumLength"/> characters, and not one that guessing
/// tools try first (the list in <c>common-passwords.txt</c>, shipped with the product), nor one
/// character or the account's email address over and over.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Federation.Host.Accounts.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    });

    /// <summary>Why the password is refused, or null if it is acceptable.</summary>
    public static string? Problem(string password, string email)
    {
        if (password.Length < MinimumLength) return $"A password needs at least {MinimumLength} characters.";
        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower)) return "That password is among the most common ones; choose another.";
        if (lower.Distinct().Count() <= 2) return "A password needs more than one or two different characters.";
        var local = email.Split('@')[0].ToLowerInvariant();
        if (local.Length >= 4 && lower.Contains(local)) return "A password must not contain the email address.";
        return null;
    }
}
