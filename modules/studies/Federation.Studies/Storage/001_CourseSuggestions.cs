using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Studies.Storage;

[DbContext(typeof(StudiesDbContext))]
[Migration("20261122000001_CourseSuggestions")]
internal sealed class CourseSuggestions : ModuleMigration
{
    protected override string ModuleId => StudiesDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        b.CreateTable(Table("course_suggestions"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Course = t.Column<string>(nullable: false),
            SuggestedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("course_suggestions")}", x => x.Id));
        b.CreateIndex($"IX_{Table("course_suggestions")}_AssociationId", Table("course_suggestions"), "AssociationId", Schema);
    }
}
