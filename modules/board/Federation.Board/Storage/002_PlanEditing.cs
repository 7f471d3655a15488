using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>Goals and targets can be archived instead of deleted, and every change to the plan is logged.</summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261122000002_PlanEditing")]
internal sealed class PlanEditing : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<DateTime>("ArchivedAt", Table("goals"), schema: Schema, nullable: true);
        b.AddColumn<DateTime>("ArchivedAt", Table("targets"), schema: Schema, nullable: true);
        var changes = Table("plan_changes");
        b.CreateTable(changes, schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            PlanId = t.Column<Guid>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            By = t.Column<string>(nullable: false),
            Subject = t.Column<string>(nullable: false),
            SubjectId = t.Column<Guid>(nullable: false),
            Action = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{changes}", x => x.Id));
        b.CreateIndex($"IX_{changes}_AssociationId", changes, "AssociationId", Schema);
        b.CreateIndex($"IX_{changes}_PlanId", changes, "PlanId", Schema);
    }
}
