using System.Linq.Expressions;
using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

[DbContext(typeof(BoardDbContext))]
[Migration("20261122000001_Board")]
internal sealed class BoardTables : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        Owned(b, "plans", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            FirstYear = t.Column<int>(nullable: false),
            LastYear = t.Column<int>(nullable: false),
            Title = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        });
        Owned(b, "pillars", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            PlanId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Name = t.Column<string>(nullable: false),
        }, "PlanId");
        Owned(b, "goals", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            PillarId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Text = t.Column<string>(nullable: false),
        }, "PillarId");
        Owned(b, "targets", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            GoalId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Text = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Quantity = t.Column<decimal>(nullable: false),
            Period = t.Column<string>(nullable: false),
            Subject = t.Column<string>(nullable: true),
        }, "GoalId");
        Owned(b, "target_entries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            TargetId = t.Column<Guid>(nullable: false),
            On = t.Column<DateOnly>(nullable: false),
            Value = t.Column<decimal>(nullable: false),
            Note = t.Column<string>(nullable: true),
            EnteredBy = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, "TargetId");
        Owned(b, "follow_ups", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            PlanId = t.Column<Guid>(nullable: false),
            HeldOn = t.Column<DateOnly>(nullable: false),
            Note = t.Column<string>(nullable: true),
            RecordedBy = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        });
        Owned(b, "follow_up_comments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            FollowUpId = t.Column<Guid>(nullable: false),
            GoalId = t.Column<Guid>(nullable: false),
            Text = t.Column<string>(nullable: false),
        }, "FollowUpId");
        b.CreateTable(Table("held_activities"), schema: Schema, columns: t => new
        {
            ActivityId = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            SeriesRuleId = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("held_activities")}", x => x.ActivityId));
        Index(b, "held_activities", "AssociationId");
        b.CreateTable(Table("attendances"), schema: Schema, columns: t => new
        {
            ActivityId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Attended = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("attendances")}", x => new { x.ActivityId, x.MemberId }));
        Index(b, "attendances", "AssociationId");
        Owned(b, "roles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: true),
            Name = t.Column<string>(nullable: false),
            Gender = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
            From = t.Column<DateOnly>(nullable: false),
            Until = t.Column<DateOnly>(nullable: true),
            EndedOn = t.Column<DateOnly>(nullable: true),
        });
        Owned(b, "elected_officials", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Gender = t.Column<string>(nullable: false),
            From = t.Column<DateOnly>(nullable: false),
            Until = t.Column<DateOnly>(nullable: true),
        });
        Owned(b, "meetings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            ActivityId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            Quorum = t.Column<int>(nullable: true),
            Version = t.Column<int>(nullable: false),
            Locked = t.Column<bool>(nullable: false),
            ApprovedOn = t.Column<DateOnly>(nullable: true),
            ApprovedByChair = t.Column<string>(nullable: true),
            Adjusters = t.Column<string>(nullable: true),
        });
        Owned(b, "contributions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            MemberId = t.Column<Guid>(nullable: true),
            Name = t.Column<string>(nullable: false),
            Gender = t.Column<string>(nullable: false),
            Type = t.Column<string>(nullable: false),
            StartedAt = t.Column<DateTime>(nullable: true),
            StoppedAt = t.Column<DateTime>(nullable: true),
            Seconds = t.Column<int>(nullable: false),
        }, "MeetingId");
        Owned(b, "agenda_items", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Attachment = t.Column<string>(nullable: true),
            Minutes = t.Column<string>(nullable: true),
        }, "MeetingId");
        Owned(b, "decisions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            AgendaItemId = t.Column<Guid>(nullable: true),
            Text = t.Column<string>(nullable: false),
            Responsible = t.Column<string>(nullable: true),
            DueOn = t.Column<DateOnly>(nullable: true),
            DoneOn = t.Column<DateOnly>(nullable: true),
        }, "MeetingId");
        Owned(b, "attendees", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: true),
            Name = t.Column<string>(nullable: false),
            Voting = t.Column<bool>(nullable: false),
        }, "MeetingId");
        Owned(b, "minutes_revisions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            ChangedBy = t.Column<string>(nullable: false),
            ChangedAt = t.Column<DateTime>(nullable: false),
            Snapshot = t.Column<string>(nullable: false),
        }, "MeetingId");
        AnnualReports(b);
    }

    private void AnnualReports(MigrationBuilder b)
    {
        Owned(b, "annual_reports", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Text = t.Column<string>(nullable: false),
            UpdatedBy = t.Column<string>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        });
        b.CreateIndex($"IX_{Table("annual_reports")}_AssociationId_Year", Table("annual_reports"), ["AssociationId", "Year"], Schema, unique: true);
    }

    /// <summary>A table keyed by Id with the association index every owned row gets, plus lookup indexes.</summary>
    private void Owned<TColumns>(MigrationBuilder b, string name,
        Func<Microsoft.EntityFrameworkCore.Migrations.Operations.Builders.ColumnsBuilder, TColumns> columns, params string[] indexes)
    {
        b.CreateTable(Table(name), schema: Schema, columns: columns,
            constraints: t => t.PrimaryKey($"PK_{Table(name)}", IdOf<TColumns>()));
        Index(b, name, "AssociationId");
        foreach (var column in indexes) Index(b, name, column);
    }

    private static Expression<Func<TColumns, object>> IdOf<TColumns>()
    {
        var row = Expression.Parameter(typeof(TColumns), "x");
        return Expression.Lambda<Func<TColumns, object>>(Expression.Convert(Expression.Property(row, "Id"), typeof(object)), row);
    }

    private void Index(MigrationBuilder b, string table, string column) =>
        b.CreateIndex($"IX_{Table(table)}_{column}", Table(table), column, Schema);
}
