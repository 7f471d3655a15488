using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>
/// One list of elected officials, the board's: the officials activities kept apart (its "officials" table) join the
/// board's marked officials, each member once, from 2000-01-01 (the old list had no dates, so they counted every year)
/// and with gender not stated (it had none). Modules migrate in id order, so activities' table is there; once copied it
/// goes (a table no module reads would be left behind by a move to PostgreSQL, and an upgrade is undone from the
/// backup taken before it, docs/operations.md).
/// </summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261126000008_OneOfficialsList")]
internal sealed class OneOfficialsList : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        var from = IsSqlite ? "activities_officials" : "activities.officials";
        var to = IsSqlite ? Table("elected_officials") : $"{Schema}.elected_officials";
        b.Sql($"""
            INSERT INTO {to} ("Id", "AssociationId", "MemberId", "Name", "Gender", "From", "Until")
            SELECT o."Id", o."AssociationId", o."MemberId", o."Name", 'not-stated', '2000-01-01', NULL FROM {from} o
            WHERE NOT EXISTS (SELECT 1 FROM {to} e WHERE e."AssociationId" = o."AssociationId" AND e."MemberId" = o."MemberId")
            """);
        if (IsSqlite) b.DropTable("activities_officials");
        else b.DropTable("officials", "activities");
    }
}
