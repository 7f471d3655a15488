using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.Studies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Storage;

internal sealed class StudiesDbContext(DbContextOptions<StudiesDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Module = "studies";

    public override string ModuleId => Module;

    public DbSet<CourseSuggestion> CourseSuggestions => Set<CourseSuggestion>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Occasion> Occasions => Set<Occasion>();
    public DbSet<OccasionSession> Sessions => Set<OccasionSession>();
    public DbSet<Lecturer> Lecturers => Set<Lecturer>();
    public DbSet<CourseSignUp> SignUps => Set<CourseSignUp>();
    public DbSet<SessionAttendance> Attendance => Set<SessionAttendance>();
    public DbSet<Completion> Completions => Set<Completion>();
    public DbSet<StudyCircle> Circles => Set<StudyCircle>();
    public DbSet<CircleParticipant> Participants => Set<CircleParticipant>();
    public DbSet<CircleSession> CircleSessions => Set<CircleSession>();
    public DbSet<CircleAttendance> CircleAttendance => Set<CircleAttendance>();
    public DbSet<HeldRole> Roles => Set<HeldRole>();

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<CourseSuggestion>(e => e.ToTable("course_suggestions"));
        model.Entity<Course>(e => e.ToTable("courses"));
        model.Entity<Occasion>(e =>
        {
            e.ToTable("occasions");
            e.HasIndex(o => new { o.AssociationId, o.StartUtc });
        });
        model.Entity<OccasionSession>(e =>
        {
            e.ToTable("sessions");
            e.HasIndex(s => s.OccasionId);
        });
        model.Entity<Lecturer>(e =>
        {
            e.ToTable("lecturers");
            e.HasIndex(l => l.OccasionId);
        });
        model.Entity<CourseSignUp>(e =>
        {
            e.ToTable("signups");
            // Across associations: positions of one occasion are unique, as are a member's sign-ups.
            e.HasIndex(s => new { s.OccasionId, s.Position }).IsUnique();
            e.HasIndex(s => new { s.OccasionId, s.AssociationId, s.MemberId }).IsUnique();
            e.HasIndex(s => s.MemberId);
        });
        model.Entity<SessionAttendance>(e =>
        {
            e.ToTable("attendance");
            e.HasIndex(a => new { a.SessionId, a.SignUpId }).IsUnique();
            e.HasIndex(a => a.OccasionId);
            e.HasIndex(a => a.MemberId);
        });
        model.Entity<Completion>(e =>
        {
            e.ToTable("completions");
            e.HasIndex(c => c.MemberId);
            e.HasIndex(c => c.CourseKind);
        });
        model.Entity<StudyCircle>(e => e.ToTable("circles"));
        model.Entity<CircleParticipant>(e =>
        {
            e.ToTable("circle_participants");
            e.HasIndex(p => p.CircleId);
        });
        model.Entity<CircleSession>(e =>
        {
            e.ToTable("circle_sessions");
            e.HasIndex(s => s.CircleId);
        });
        model.Entity<CircleAttendance>(e =>
        {
            e.ToTable("circle_attendance");
            e.HasIndex(a => new { a.SessionId, a.ParticipantId }).IsUnique();
        });
        model.Entity<HeldRole>(e =>
        {
            e.ToTable("board_roles");
            e.HasIndex(r => new { r.AssociationId, r.MemberId });
        });
    }
}
