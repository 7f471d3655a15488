using System.Collections.Concurrent;

namespace Federation.Host.Accounts;

/// <summary>
/// Slows down password guessing: after <see cref="MaxFailures"/> failed sign-ins for one email,
/// or five times that from one address, within the window, further attempts are refused until
/// the window has passed. A successful sign-in clears the email's count.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> failures = new();

    /// <summary>When attempts are allowed again, or null if they are now.</summary>
    public DateTimeOffset? BlockedUntil(string email, string? address)
    {
        var now = clock.GetUtcNow();
        var byEmail = Recent(EmailKey(email), now);
        var byAddress = Recent(AddressKey(address), now);
        if (byEmail.Count >= MaxFailures) return byEmail[^MaxFailures] + Window;
        if (byAddress.Count >= MaxFailures * 5) return byAddress[^(MaxFailures * 5)] + Window;
        return null;
    }

    public void Failed(string email, string? address)
    {
        var now = clock.GetUtcNow();
        foreach (var key in new[] { EmailKey(email), AddressKey(address) })
        {
            var list = failures.GetOrAdd(key, _ => []);
            lock (list) list.Add(now);
        }
    }

    public void Succeeded(string email) => failures.TryRemove(EmailKey(email), out _);

    private List<DateTimeOffset> Recent(string key, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var list)) return [];
        lock (list)
        {
            list.RemoveAll(t => t <= now - Window);
            return [.. list];
        }
    }

    private static string EmailKey(string email) => "email:" + email.Trim().ToLowerInvariant();

    private static string AddressKey(string? address) => "ip:" + (address ?? "unknown");
}
