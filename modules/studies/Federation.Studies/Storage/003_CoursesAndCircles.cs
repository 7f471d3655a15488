using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Federation.Studies.Storage;

/// <summary>The catalogue, occasions, sign-ups, attendance, completions, study circles and the board roles announced to studies.</summary>
[DbContext(typeof(StudiesDbContext))]
[Migration("20261126000003_CoursesAndCircles")]
internal sealed class CoursesAndCircles : ModuleMigration
{
    protected override string ModuleId => StudiesDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        Create(b, "courses", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Audience = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        });
        Create(b, "occasions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            CourseId = t.Column<Guid>(nullable: false),
            Place = t.Column<string>(nullable: true),
            Capacity = t.Column<int>(nullable: true),
            StartUtc = t.Column<DateTime>(nullable: false),
            EndUtc = t.Column<DateTime>(nullable: false),
            Cancelled = t.Column<bool>(nullable: false),
            LastPosition = t.Column<int>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        });
        Index(b, "occasions", "AssociationId", "StartUtc");
        Create(b, "sessions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            OccasionId = t.Column<Guid>(nullable: false),
            StartUtc = t.Column<DateTime>(nullable: false),
            EndUtc = t.Column<DateTime>(nullable: false),
        });
        Index(b, "sessions", "OccasionId");
        Create(b, "lecturers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            OccasionId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Gender = t.Column<string>(nullable: false),
            Invited = t.Column<bool>(nullable: false),
        });
        Index(b, "lecturers", "OccasionId");
        Create(b, "signups", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            OccasionId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Position = t.Column<int>(nullable: false),
            SignedUpAt = t.Column<DateTime>(nullable: false),
            CancelledAt = t.Column<DateTime>(nullable: true),
        });
        Index(b, "signups", unique: true, "OccasionId", "Position");
        Index(b, "signups", unique: true, "OccasionId", "AssociationId", "MemberId");
        Index(b, "signups", "MemberId");
        Create(b, "attendance", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            OccasionId = t.Column<Guid>(nullable: false),
            SessionId = t.Column<Guid>(nullable: false),
            SignUpId = t.Column<Guid>(nullable: false),
            MemberAssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
        });
        Index(b, "attendance", unique: true, "SessionId", "SignUpId");
        Index(b, "attendance", "OccasionId");
        Index(b, "attendance", "MemberId");
        Create(b, "completions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberAssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            CourseId = t.Column<Guid>(nullable: false),
            CourseKind = t.Column<string>(nullable: false),
            OccasionId = t.Column<Guid>(nullable: true),
            CompletedOn = t.Column<DateOnly>(nullable: false),
            Source = t.Column<string>(nullable: false),
        });
        Index(b, "completions", "MemberId");
        Index(b, "completions", "CourseKind");
        Create(b, "circles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Leader = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: true),
            ReportedOn = t.Column<DateOnly>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        });
        Create(b, "circle_participants", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            CircleId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            BirthYear = t.Column<int>(nullable: false),
            MemberId = t.Column<Guid>(nullable: true),
        });
        Index(b, "circle_participants", "CircleId");
        Create(b, "circle_sessions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            CircleId = t.Column<Guid>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Start = t.Column<TimeOnly>(nullable: true),
            End = t.Column<TimeOnly>(nullable: true),
            StudyHours = t.Column<decimal>(nullable: false),
        });
        Index(b, "circle_sessions", "CircleId");
        Create(b, "circle_attendance", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            SessionId = t.Column<Guid>(nullable: false),
            ParticipantId = t.Column<Guid>(nullable: false),
        });
        Index(b, "circle_attendance", unique: true, "SessionId", "ParticipantId");
        Create(b, "board_roles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Role = t.Column<string>(nullable: false),
            From = t.Column<DateOnly>(nullable: false),
            Until = t.Column<DateOnly>(nullable: true),
            EndedOn = t.Column<DateOnly>(nullable: true),
        });
        Index(b, "board_roles", "AssociationId", "MemberId");
    }

    /// <summary>A table keyed by <c>Id</c>, with the association index every owned table has.</summary>
    private void Create<TColumns>(MigrationBuilder b, string name, Func<ColumnsBuilder, TColumns> columns) where TColumns : class
    {
        b.CreateTable(Table(name), schema: Schema, columns: columns,
            constraints: t => t.PrimaryKey($"PK_{Table(name)}", BuildKey<TColumns>()));
        Index(b, name, "AssociationId");
    }

    private static System.Linq.Expressions.Expression<Func<TColumns, object>> BuildKey<TColumns>()
    {
        var row = System.Linq.Expressions.Expression.Parameter(typeof(TColumns), "x");
        return System.Linq.Expressions.Expression.Lambda<Func<TColumns, object>>(
            System.Linq.Expressions.Expression.Property(row, "Id"), row);
    }

    private void Index(MigrationBuilder b, string table, params string[] columns) => Index(b, table, false, columns);

    private void Index(MigrationBuilder b, string table, bool unique, params string[] columns) =>
        b.CreateIndex($"IX_{Table(table)}_{string.Join("_", columns)}", Table(table), columns, Schema, unique);
}
