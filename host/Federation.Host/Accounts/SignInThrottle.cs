using System.Collections.Concurrent;

namespace Federation.Host.Accounts;

/// <summary>
/// Slows down password guessing without letting anyone lock a person out: after
/// <see cref="MaxFailures"/> failed sign-ins for one email from one address, or five times that from
/// one address for any emails, within the window, further attempts from that address are refused until
/// the window has passed. The person can still sign in from their own address. A successful sign-in
/// clears the count for its email and address. Behind a proxy the address is the client's
/// (<c>Web:KnownProxies</c>).
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
        var byPair = Recent(PairKey(email, address), now);
        var byAddress = Recent(AddressKey(address), now);
        if (byPair.Count >= MaxFailures) return byPair[^MaxFailures] + Window;
        if (byAddress.Count >= MaxFailures * 5) return byAddress[^(MaxFailures * 5)] + Window;
        return null;
    }

    public void Failed(string email, string? address)
    {
        var now = clock.GetUtcNow();
        foreach (var key in new[] { PairKey(email, address), AddressKey(address) })
        {
            var list = failures.GetOrAdd(key, _ => []);
            lock (list) list.Add(now);
        }
    }

    public void Succeeded(string email, string? address) => failures.TryRemove(PairKey(email, address), out _);

    private List<DateTimeOffset> Recent(string key, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var list)) return [];
        lock (list)
        {
            list.RemoveAll(t => t <= now - Window);
            return [.. list];
        }
    }

    private static string PairKey(string email, string? address) => $"pair:{email.Trim().ToLowerInvariant()}|{address ?? "unknown"}";

    private static string AddressKey(string? address) => "ip:" + (address ?? "unknown");
}
