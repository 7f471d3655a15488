using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Federation.Host.Configuration;
using Federation.Host.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Accounts;

/// <summary>Accounts, their roles, passwords and API tokens.</summary>
public sealed class AccountService(PlatformDbContext db, IAssociationDirectory directory, IPasswordHasher<Account> hasher)
{
    public const string TokenPrefix = "fed_";

    private static readonly Account NoOne = new() { Email = "", Name = "" };
    private static string? noOnesHash;

    public static readonly string[] DistrictRoles = [DistrictRole.Office, DistrictRole.Admin];

    public Task<Account?> Find(string email, CancellationToken cancellationToken = default) =>
        db.Accounts.Include(a => a.Roles).SingleOrDefaultAsync(a => a.Email == Normalize(email), cancellationToken);

    /// <summary>
    /// Adds an account (or a role to an existing one). <paramref name="scope"/> is an association id
    /// or "district"; <paramref name="role"/> an <see cref="AssociationRole"/> or a district role. A new role is
    /// recorded with <paramref name="by"/>, the account giving it (null: the command line or the demo).
    /// </summary>
    public async Task<Account> AddOrGrant(string email, string name, string scope, string role, string? password,
        Guid? by = null, CancellationToken cancellationToken = default)
    {
        email = Normalize(email);
        if (!email.Contains('@') || email.StartsWith('@') || email.EndsWith('@'))
            throw new ArgumentException($"'{email}' is not an email address.");
        var normalizedRole = ValidateRole(scope, role);
        var account = await Find(email, cancellationToken);
        if (account is null)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A new account needs a name.");
            account = new Account { Id = Guid.NewGuid(), Email = email, Name = name.Trim(), CreatedAt = DateTime.UtcNow };
            db.Accounts.Add(account);
        }
        if (password is not null)
        {
            if (PasswordPolicy.Problem(password, email) is { } problem) throw new ArgumentException(problem);
            account.PasswordHash = hasher.HashPassword(account, password);
        }
        if (!account.Roles.Any(r => r.Scope == scope && r.Role == normalizedRole))
        {
            account.Roles.Add(new AccountRole { Scope = scope, Role = normalizedRole });
            db.RoleChanges.Add(new RoleChange { Scope = scope, AccountId = account.Id, Role = normalizedRole, Given = true, By = by, At = DateTime.UtcNow });
        }
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>Who has access to the association: each account with its roles there, by name.</summary>
    public async Task<List<Account>> WithAccessTo(string scope, CancellationToken cancellationToken = default)
    {
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Roles).Where(a => a.Roles.Any(r => r.Scope == scope)).ToListAsync(cancellationToken);
        foreach (var account in accounts) account.Roles.RemoveAll(r => r.Scope != scope);
        return [.. accounts.OrderBy(a => a.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), true))];
    }

    /// <summary>Ends one role of the account in <paramref name="scope"/>, recorded with <paramref name="by"/>; false if it had no such role.</summary>
    public async Task<bool> EndRole(Guid accountId, string scope, string role, Guid? by, CancellationToken cancellationToken = default)
    {
        var held = await db.AccountRoles.SingleOrDefaultAsync(r => r.AccountId == accountId && r.Scope == scope && r.Role == role, cancellationToken);
        if (held is null) return false;
        db.AccountRoles.Remove(held);
        db.RoleChanges.Add(new RoleChange { Scope = scope, AccountId = accountId, Role = role, Given = false, By = by, At = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The roles given and ended in <paramref name="scope"/>, newest first, with names.</summary>
    public async Task<List<RoleChangeLine>> RoleHistory(string scope, int take = 100, CancellationToken cancellationToken = default)
    {
        var changes = await db.RoleChanges.AsNoTracking().Where(c => c.Scope == scope)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(take).ToListAsync(cancellationToken);
        var names = await AccountNames.Of(db, changes.Select(c => c.AccountId).Concat(changes.Select(c => c.By).OfType<Guid>()), cancellationToken);
        return changes.Select(c => new RoleChangeLine(c.At, names[c.AccountId], c.Role, c.Given, c.By is { } by ? names[by] : null)).ToList();
    }

    /// <summary>Changes the password of a signed-in person who knows the current one; the problem in words, or null.</summary>
    public async Task<string?> ChangePassword(string email, string current, string next, CancellationToken cancellationToken = default)
    {
        if (await VerifyPassword(email, current, cancellationToken) is not { } account) return "The current password is wrong.";
        if (PasswordPolicy.Problem(next, account.Email) is { } problem) return problem;
        account.PasswordHash = hasher.HashPassword(account, next);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<Account?> VerifyPassword(string email, string password, CancellationToken cancellationToken = default)
    {
        var account = await Find(email, cancellationToken);
        if (account?.PasswordHash is null)
        {
            // The same work as a real check, so the answer's time does not tell which addresses have accounts.
            noOnesHash ??= hasher.HashPassword(NoOne, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(NoOne, noOnesHash, password);
            return null;
        }
        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
            await db.SaveChangesAsync(cancellationToken);
        }
        return account;
    }

    public async Task SetPreferredCulture(string email, string language, CancellationToken cancellationToken = default)
    {
        if (await Find(email, cancellationToken) is not { } account || account.PreferredCulture == language) return;
        account.PreferredCulture = language;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>How long a token lives unless its creator says otherwise.</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromDays(90);

    /// <summary>Creates a token and returns it; only its hash is kept, so it cannot be shown again.</summary>
    public async Task<string> CreateToken(string email, CancellationToken cancellationToken = default) =>
        (await CreateToken(email, DefaultTokenLifetime, cancellationToken)).Token;

    public async Task<(string Token, ApiToken Stored)> CreateToken(string email, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromDays(366))
            throw new ArgumentException("A token lives between 1 and 366 days.");
        var account = await Find(email, cancellationToken) ?? throw new ArgumentException($"No account with email '{email}'.");
        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = DateTime.UtcNow;
        var stored = new ApiToken { Id = Guid.NewGuid(), AccountId = account.Id, Hash = HashToken(token), CreatedAt = now, ExpiresAt = now + lifetime };
        db.ApiTokens.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return (token, stored);
    }

    /// <summary>The account's tokens, newest first (revoked and expired ones too, as a record).</summary>
    public Task<List<ApiToken>> Tokens(Guid accountId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.AccountId == accountId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Revokes a token of <paramref name="accountId"/> (any account's when null: the CLI). False if there is no such token.</summary>
    public async Task<bool> RevokeToken(Guid tokenId, Guid? accountId, CancellationToken cancellationToken = default) =>
        await db.ApiTokens.Where(t => t.Id == tokenId && t.RevokedAt == null && (accountId == null || t.AccountId == accountId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow), cancellationToken) > 0;

    /// <summary>The token's account if it is valid; its last use is recorded unless <paramref name="recordUse"/> is false (see <c>LeavesNoTraceAttribute</c>).</summary>
    public async Task<Account?> FindByToken(string token, bool recordUse = true, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal)) return null;
        var hash = HashToken(token);
        var stored = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        var now = DateTime.UtcNow;
        if (stored is null || !stored.IsValidAt(now)) return null;
        // Recorded to the minute: a write on every request would serialise all API traffic on the database's write lock.
        if (recordUse && (stored.LastUsedAt is not { } last || now - last >= TimeSpan.FromMinutes(1)))
        {
            stored.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return await db.Accounts.Include(a => a.Roles).SingleAsync(a => a.Id == stored.AccountId, cancellationToken);
    }

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.Email, account.Email),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(RoleClaims.Type,
            r.Scope == AccountRole.DistrictScope ? RoleClaims.ForDistrict(r.Role) : $"{r.Scope}:{r.Role}")));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    private string ValidateRole(string scope, string role)
    {
        if (scope == AccountRole.DistrictScope)
        {
            if (!DistrictRoles.Contains(role))
                throw new ArgumentException($"Unknown district role '{role}'. Use one of: {string.Join(", ", DistrictRoles)}.");
            return role;
        }
        if (directory.Find(scope) is null)
            throw new ArgumentException($"Unknown association '{scope}'.");
        if (!Enum.TryParse<AssociationRole>(role, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            throw new ArgumentException(
                $"Unknown role '{role}'. Use one of: {string.Join(", ", Enum.GetNames<AssociationRole>().Select(n => n.ToLowerInvariant()))}.");
        return parsed.ToString().ToLowerInvariant();
    }

    private static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private static string HashToken(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
