using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>Municipal groups: members, functions, rules of procedure and who was told of them, meetings, change log (<c>Domain/MunicipalGroups.cs</c>).</summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261126000023_MunicipalGroups")]
internal sealed class MunicipalGroupsTables : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("municipal_groups"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            RulesText = t.Column<string>(nullable: true),
            RulesLink = t.Column<string>(nullable: true),
            RulesChangedOn = t.Column<DateOnly>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("municipal_groups")}", x => x.Id));
        Index("municipal_groups", unique: true, "AssociationId", "Name");

        b.CreateTable(Table("municipal_group_members"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            GroupId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            From = t.Column<DateOnly>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("municipal_group_members")}", x => x.Id));
        Index("municipal_group_members", unique: true, "GroupId", "MemberId");

        b.CreateTable(Table("municipal_group_functions"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            GroupId = t.Column<Guid>(nullable: false),
            Function = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            From = t.Column<DateOnly>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("municipal_group_functions")}", x => x.Id));
        Index("municipal_group_functions", unique: true, "GroupId", "Function");

        b.CreateTable(Table("rules_briefings"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            GroupId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            InformedOn = t.Column<DateOnly>(nullable: false),
            RecordedBy = t.Column<string>(nullable: false),
            RecordedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("rules_briefings")}", x => x.Id));
        Index("rules_briefings", unique: true, "GroupId", "MemberId");

        b.CreateTable(Table("municipal_group_meetings"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            GroupId = t.Column<Guid>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Theme = t.Column<string>(nullable: false),
            Note = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("municipal_group_meetings")}", x => x.Id));
        Index("municipal_group_meetings", unique: false, "GroupId");

        b.CreateTable(Table("municipal_group_changes"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            GroupId = t.Column<Guid>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            By = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("municipal_group_changes")}", x => x.Id));
        Index("municipal_group_changes", unique: false, "GroupId");

        void Index(string table, bool unique, params string[] columns) =>
            b.CreateIndex($"IX_{Table(table)}_{string.Join("_", columns)}", Table(table), columns, Schema, unique: unique);
    }
}
