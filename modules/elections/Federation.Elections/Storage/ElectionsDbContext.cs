using Federation.Elections.Domain;
using Federation.Elections.Roll;
using Federation.Elections.Voting;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Storage;

internal sealed class ElectionsDbContext(DbContextOptions<ElectionsDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Module = "elections";

    public override string ModuleId => Module;

    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Election> Elections => Set<Election>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<BallotCode> BallotCodes => Set<BallotCode>();
    public DbSet<SecretBallot> SecretBallots => Set<SecretBallot>();
    public DbSet<PaperBallot> PaperBallots => Set<PaperBallot>();
    public DbSet<Voter> Voters => Set<Voter>();
    public DbSet<CodeIssue> CodeIssues => Set<CodeIssue>();
    public DbSet<LogEntry> Log => Set<LogEntry>();

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Meeting>(e => e.ToTable("meetings"));
        model.Entity<Election>(e =>
        {
            e.ToTable("elections");
            e.HasIndex(x => x.MeetingId);
        });
        model.Entity<Candidate>(e =>
        {
            e.ToTable("candidates");
            e.HasIndex(x => x.ElectionId);
        });
        model.Entity<BallotCode>(e =>
        {
            e.ToTable("ballot_codes");
            e.HasIndex(x => new { x.ElectionId, x.CodeHash }).IsUnique();
        });
        model.Entity<SecretBallot>(e =>
        {
            e.ToTable("secret_ballots");
            e.HasIndex(x => x.ElectionId);
        });
        model.Entity<PaperBallot>(e =>
        {
            e.ToTable("paper_ballots");
            e.HasIndex(x => new { x.ElectionId, x.Teller, x.Number }).IsUnique();
        });
        model.Entity<Voter>(e =>
        {
            e.ToTable("voters");
            e.HasIndex(x => x.MeetingId);
        });
        model.Entity<CodeIssue>(e =>
        {
            e.ToTable("code_issues");
            e.HasIndex(x => new { x.ElectionId, x.VoterId }).IsUnique();
        });
        model.Entity<LogEntry>(e =>
        {
            e.ToTable("log");
            e.HasIndex(x => x.MeetingId);
        });
    }
}
