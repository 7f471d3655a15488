using System.Security.Claims;

namespace Federation.Platform.Tenancy;

/// <summary>
/// How every module records who did something: "Name &lt;email&gt;". The email tells two people with the same name
/// apart and is how an erased account's entries are found again (<see cref="ErasedAccount"/>).
/// </summary>
public static class Actors
{
    /// <summary>Outside a request: the demo seed, schedules, messages from other modules.</summary>
    public const string System = "system";

    public static string Of(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? $"{user.FindFirstValue(ClaimTypes.Name)} <{user.FindFirstValue(ClaimTypes.Email)}>"
            : System;

    /// <summary>The name alone, as a page shows who did something.</summary>
    public static string Display(string recorded) => recorded.IndexOf(" <", StringComparison.Ordinal) is var at and > 0 ? recorded[..at] : recorded;

    /// <summary>The email of a recorded actor ("Name &lt;email&gt;"); null for the system or a pseudonym.</summary>
    public static string? EmailOf(string recorded) =>
        recorded.LastIndexOf(" <", StringComparison.Ordinal) is var at and > 0 && recorded.EndsWith('>') ? recorded[(at + 2)..^1] : null;

    /// <summary>How an entry by the account with <paramref name="email"/> ends.</summary>
    public static string Signature(string email) => $"<{email}>";
}
