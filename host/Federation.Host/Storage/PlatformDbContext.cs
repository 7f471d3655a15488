using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Storage;

/// <summary>The host's own tables: accounts, their roles (and who gave and ended them), links to members and sessions, API tokens, the associations' modules, and events left over from the old outboxes.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, AssociationContext association, IEventOutbox? outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Id = "platform";

    public override string ModuleId => Id;

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<AccountRole> AccountRoles => Set<AccountRole>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AccountMember> AccountMembers => Set<AccountMember>();
    public DbSet<SignInSession> Sessions => Set<SignInSession>();
    public DbSet<UndeliveredEvent> UndeliveredEvents => Set<UndeliveredEvent>();
    public DbSet<Modules.AssociationModule> AssociationModules => Set<Modules.AssociationModule>();
    public DbSet<Accounts.RoleChange> RoleChanges => Set<Accounts.RoleChange>();

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Account>(e =>
        {
            e.ToTable("accounts");
            e.HasIndex(a => a.Email).IsUnique();
            e.HasMany(a => a.Roles).WithOne().HasForeignKey(r => r.AccountId);
        });
        model.Entity<AccountRole>(e =>
        {
            e.ToTable("account_roles");
            e.HasIndex(r => new { r.AccountId, r.Scope, r.Role }).IsUnique();
        });
        model.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens");
            e.HasIndex(t => t.Hash).IsUnique();
        });
        model.Entity<AccountMember>(e =>
        {
            e.ToTable("account_members");
            e.HasKey(l => new { l.AccountId, l.AssociationId });
            e.HasIndex(l => new { l.AssociationId, l.MemberId }).IsUnique();
        });
        model.Entity<SignInSession>(e =>
        {
            e.ToTable("sessions");
            e.HasIndex(x => x.AccountId);
        });
        model.Entity<UndeliveredEvent>(e => e.ToTable("undelivered_events"));
        model.Entity<Modules.AssociationModule>(e =>
        {
            e.ToTable("association_modules");
            e.HasKey(m => new { m.AssociationId, m.ModuleId });
        });
        model.Entity<Accounts.RoleChange>(e =>
        {
            e.ToTable("role_changes");
            e.HasIndex(c => new { c.Scope, c.At });
        });
    }
}

/// <summary>A person who can sign in (with a password) or act through API tokens.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    public string? PasswordHash { get; set; }
    /// <summary>"sv" or "en"; null means the default (Swedish).</summary>
    public string? PreferredCulture { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<AccountRole> Roles { get; set; } = [];
}

/// <summary>A role in one association (Scope = its id) or district-wide (Scope = "district").</summary>
public sealed class AccountRole
{
    public const string DistrictScope = "district";

    public long Id { get; set; }
    public Guid AccountId { get; set; }
    public required string Scope { get; set; }
    public required string Role { get; set; }
}

/// <summary>An account is this member in this association (see <see cref="Accounts.MemberLinks"/>).</summary>
public sealed class AccountMember
{
    public Guid AccountId { get; set; }
    public required string AssociationId { get; set; }
    public Guid MemberId { get; set; }
    public DateTime LinkedAt { get; set; }
}

/// <summary>A token for scripts; only its SHA-256 hash is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsValidAt(DateTime now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>One sign-in in a browser; its id is in the cookie, and it ends at sign-out (or "sign out everywhere").</summary>
public sealed class SignInSession
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EndedAt { get; set; }
}

/// <summary>
/// An event the hand-written outbox had not delivered (or a dead letter nobody retried) when the
/// database moved to Wolverine (the MessagesOnWolverine migrations); published again at start-up by
/// <see cref="Messaging.UndeliveredEventsRepublisher"/>, which deletes the row as it does.
/// </summary>
public sealed class UndeliveredEvent
{
    public long Id { get; set; }
    /// <summary>The event's type, assembly-qualified ("Federation.Membership.Contracts.MemberJoined, Federation.Membership.Contracts").</summary>
    public required string Type { get; set; }
    /// <summary>The event as JSON (System.Text.Json, web defaults).</summary>
    public required string Payload { get; set; }
    public required string AssociationId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The one consumer (queue name) to give it to, for a dead letter; null: every consumer, as a new event.</summary>
    public string? Consumer { get; set; }
}
