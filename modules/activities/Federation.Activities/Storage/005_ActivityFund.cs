using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

/// <summary>The district's activity fund: the associations' applications and the district's decisions (<c>Fund/</c>).</summary>
[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261126000010_ActivityFund")]
internal sealed class ActivityFundApplications : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("fund_applications"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Purpose = t.Column<string>(nullable: false),
            Amount = t.Column<int>(nullable: false),
            PriorityArea = t.Column<bool>(nullable: false),
            ActivityId = t.Column<Guid>(nullable: true),
            ActivityTitle = t.Column<string>(nullable: true),
            Capacity = t.Column<string>(nullable: false),
            AppliedBy = t.Column<string>(nullable: false),
            AppliedAt = t.Column<DateTime>(nullable: false),
            Decision = t.Column<string>(nullable: false),
            Granted = t.Column<int>(nullable: true),
            Reason = t.Column<string>(nullable: true),
            DecidedBy = t.Column<string>(nullable: true),
            DecidedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("fund_applications")}", x => x.Id));
        b.CreateIndex($"IX_{Table("fund_applications")}_Year_AssociationId", Table("fund_applications"), ["Year", "AssociationId"], Schema);
    }
}
