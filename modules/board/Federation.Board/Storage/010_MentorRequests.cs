using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>Elected officials' requests for a mentor and the district's answers (<c>Domain/Mentoring.cs</c>).</summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261126000022_MentorRequests")]
internal sealed class MentorRequests : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("mentor_requests"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Support = t.Column<string>(nullable: false),
            RequestedBy = t.Column<string>(nullable: false),
            RequestedAt = t.Column<DateTime>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Mentor = t.Column<string>(nullable: true),
            Note = t.Column<string>(nullable: true),
            DecidedBy = t.Column<string>(nullable: true),
            DecidedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("mentor_requests")}", x => x.Id));
        b.CreateIndex($"IX_{Table("mentor_requests")}_AssociationId", Table("mentor_requests"), "AssociationId", Schema);
    }
}
