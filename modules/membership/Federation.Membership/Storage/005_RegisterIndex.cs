using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Membership.Storage;

/// <summary>
/// The member list filters in memory (<see cref="Search.MemberIndex"/>): the search-term table, the
/// lower-cased name column it was filled from and the indexes only the list's SQL used go; each
/// association's register stamp takes their place.
/// </summary>
[DbContext(typeof(MembershipDbContext))]
[Migration("20261122000005_RegisterIndex")]
internal sealed class RegisterIndex : ModuleMigration
{
    protected override string ModuleId => MembershipDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        var members = Table("members");
        b.DropTable(Table("member_terms"), Schema);
        foreach (var index in new[] { "AssociationId_LastName_FirstName", "AssociationId_PostalArea", "AssociationId_JoinedOn" })
            b.DropIndex($"IX_{members}_{index}", members, Schema);
        // Plain SQL: EF's SQLite generator would rebuild the table from a model these migrations do not carry.
        var table = IsSqlite ? $"\"{members}\"" : $"\"{Schema}\".\"{members}\"";
        b.Sql($"ALTER TABLE {table} DROP COLUMN \"SearchName\";");
        var stamps = Table("register_stamps");
        b.CreateTable(stamps, schema: Schema, columns: t => new
        {
            AssociationId = t.Column<string>(nullable: false),
            Stamp = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{stamps}", x => x.AssociationId));
    }
}
