using System.Linq.Expressions;
using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Membership.Storage;

/// <summary>The full register (contact data, status dates, preferences, tags), notes, the access log,
/// smart lists, onboarding, call assignments and engagement history.</summary>
[DbContext(typeof(MembershipDbContext))]
[Migration("20261122000002_RegisterDetails")]
internal sealed class RegisterDetails : ModuleMigration
{
    protected override string ModuleId => MembershipDbContext.Module;

    private MigrationBuilder b_ = null!;

    protected override void Up(MigrationBuilder b)
    {
        b_ = b;
        var members = Table("members");
        void Add<T>(string name, bool nullable, object? defaultValue = null) =>
            b.AddColumn<T>(name, members, schema: Schema, nullable: nullable, defaultValue: defaultValue);
        Add<string>("Phone", true);
        Add<string>("Street", true);
        Add<string>("PostalCode", true);
        Add<string>("City", true);
        Add<string>("PostalArea", true);
        Add<int>("BirthYear", true);
        Add<string>("GenderSelfDescribed", true);
        Add<string>("Gender", false, Federation.Gender.NotStated);
        Add<DateOnly>("LeftOn", true);
        Add<DateOnly>("PaidUntil", true);
        Add<bool>("ContactByEmail", false, true);
        Add<bool>("ContactBySms", false, true);
        Add<bool>("ContactByPost", false, false);
        Add<bool>("NonDigital", false, false);
        Add<bool>("DoNotCall", false, false);
        Add<string>("Tags", false, "");
        Add<string>("SearchName", false, "");
        b.Sql(IsSqlite ? $"UPDATE {members} SET SearchName = lower(FirstName || ' ' || LastName)"
            : $"UPDATE {Schema}.{members} SET \"SearchName\" = lower(\"FirstName\" || ' ' || \"LastName\")");
        Add<DateTime>("UpdatedAt", true);
        Add<DateTime>("ErasedAt", true);
        b.CreateIndex($"IX_{members}_AssociationId_LastName_FirstName", members, ["AssociationId", "LastName", "FirstName"], Schema);
        b.CreateIndex($"IX_{members}_AssociationId_Email", members, ["AssociationId", "Email"], Schema);

        Create("notes", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Author = t.Column<string>(nullable: false),
            Text = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, ["AssociationId", "MemberId"]);

        Create("access_log", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Actor = t.Column<string>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Action = t.Column<string>(nullable: false),
            Fields = t.Column<string>(nullable: true),
        }, ["AssociationId", "MemberId"], ["AssociationId", "At"]);

        Create("smart_lists", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Filter = t.Column<string>(nullable: false),
            CreatedBy = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        });

        Create("onboarding", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            NameSv = t.Column<string>(nullable: false),
            NameEn = t.Column<string>(nullable: false),
            DueOn = t.Column<DateOnly>(nullable: false),
            DoneAt = t.Column<DateTime>(nullable: true),
            DoneBy = t.Column<string>(nullable: true),
        }, ["AssociationId", "DueOn"]);
        b.CreateIndex($"IX_{Table("onboarding")}_AssociationId_MemberId_StepId", Table("onboarding"), ["AssociationId", "MemberId", "StepId"], Schema, unique: true);

        Create("call_assignments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Instructions = t.Column<string>(nullable: false),
            SmartListId = t.Column<Guid>(nullable: true),
            Filter = t.Column<string>(nullable: false),
            Callers = t.Column<string>(nullable: false),
            CooldownHours = t.Column<int>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            ClosedAt = t.Column<DateTime>(nullable: true),
        });

        Create("call_targets", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            AssignmentId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Done = t.Column<bool>(nullable: false),
            Reached = t.Column<bool>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Column<DateTime>(nullable: true),
            ClaimedBy = t.Column<string>(nullable: true),
            ClaimExpiresAt = t.Column<DateTime>(nullable: true),
        });
        b.CreateIndex($"IX_{Table("call_targets")}_AssignmentId_MemberId", Table("call_targets"), ["AssignmentId", "MemberId"], Schema, unique: true);

        Create("calls", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            AssignmentId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Caller = t.Column<string>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Outcome = t.Column<string>(nullable: false),
            Note = t.Column<string>(nullable: true),
            NeedsOfficer = t.Column<bool>(nullable: false),
            CallBackAt = t.Column<DateTime>(nullable: true),
        }, ["AssociationId", "MemberId"]);

        Create("engagement", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Detail = t.Column<string>(nullable: false),
            SourceId = t.Column<Guid>(nullable: true),
            From = t.Column<DateOnly>(nullable: false),
            Until = t.Column<DateOnly>(nullable: true),
        }, ["AssociationId", "MemberId"]);
    }

    /// <summary>A table keyed by Id, with the association index every owned table has and any others.</summary>
    private void Create<TColumns>(string name, Func<ColumnsBuilder, TColumns> columns, params string[][] indexes)
    {
        var table = Table(name);
        b_.CreateTable(table, columns, schema: Schema, constraints: t => t.PrimaryKey($"PK_{table}", IdOf<TColumns>()));
        b_.CreateIndex($"IX_{table}_AssociationId", table, "AssociationId", Schema);
        foreach (var index in indexes)
            b_.CreateIndex($"IX_{table}_{string.Join("_", index)}", table, index, Schema);
    }

    private static Expression<Func<T, object>> IdOf<T>()
    {
        var row = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, object>>(Expression.Convert(Expression.Property(row, "Id"), typeof(object)), row);
    }
}
