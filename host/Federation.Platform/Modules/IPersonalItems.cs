using System.Security.Claims;

namespace Federation.Platform.Modules;

/// <summary>
/// What a module has for one person on the association's start page: what is coming up, what they
/// signed up for and what waits for them to do. Modules register implementations in their services;
/// the start page asks those of the modules the association has enabled, in the association's scope.
/// </summary>
public interface IPersonalItems
{
    /// <summary>The module's id, so the start page asks only enabled modules.</summary>
    string Module { get; }

    Task<IReadOnlyList<PersonalItem>> For(ClaimsPrincipal person, CancellationToken cancellationToken = default);
}

public enum PersonalItemKind { ComingUp, SignedUp, Task }

/// <summary>One line on the start page; <see cref="Href"/> is relative to <c>/a/{association}/</c>; <see cref="When"/> sorts the lines.</summary>
public sealed record PersonalItem(PersonalItemKind Kind, string Text, string Href, DateTimeOffset? When = null);
