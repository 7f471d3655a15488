using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

/// <summary>A member may have an address of their own for the association's whole calendar, beside the one for their sign-ups.</summary>
[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261126000004_MemberCalendarFeeds")]
internal sealed class MemberCalendarFeeds : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<bool>("WholeCalendar", Table("feeds"), schema: Schema, nullable: false, defaultValue: false);
}
