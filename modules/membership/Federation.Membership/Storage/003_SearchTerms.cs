using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Membership.Storage;

/// <summary>
/// Search terms (name words, email, member number, #tags) in their own indexed table, so name search and
/// tag filters are index ranges; indexes for the postal-area and joined-date filters. Existing members'
/// terms are filled in here, split the way <see cref="Domain.MemberTerms"/> splits them.
/// </summary>
[DbContext(typeof(MembershipDbContext))]
[Migration("20261122000003_SearchTerms")]
internal sealed class SearchTerms : ModuleMigration
{
    protected override string ModuleId => MembershipDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        var terms = Table("member_terms");
        var members = Table("members");
        b.CreateTable(terms, schema: Schema, columns: t => new
        {
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Term = t.Column<string>(nullable: false, collation: IsSqlite ? null : "C"),
        }, constraints: t => t.PrimaryKey($"PK_{terms}", x => new { x.MemberId, x.Term }));
        b.CreateIndex($"IX_{terms}_AssociationId", terms, "AssociationId", Schema);
        b.CreateIndex($"IX_{terms}_AssociationId_Term_MemberId", terms, ["AssociationId", "Term", "MemberId"], Schema);
        b.CreateIndex($"IX_{members}_AssociationId_PostalArea", members, ["AssociationId", "PostalArea"], Schema);
        b.CreateIndex($"IX_{members}_AssociationId_JoinedOn", members, ["AssociationId", "JoinedOn"], Schema);
        b.Sql(IsSqlite ? SqliteBackfill(terms, members) : PostgresBackfill());
    }

    // SearchName is the lower-cased "first last" (folded in .NET, Å/Ä/Ö included); emails are stored lower-cased.
    private static string SqliteBackfill(string terms, string members) => $"""
        WITH RECURSIVE
          words(MemberId, AssociationId, Word, Rest) AS (
            SELECT Id, AssociationId, '', replace(replace(replace(SearchName, '-', ' '), ',', ' '), ';', ' ') || ' ' FROM {members} WHERE ErasedAt IS NULL
            UNION ALL
            SELECT MemberId, AssociationId, substr(Rest, 1, instr(Rest, ' ') - 1), substr(Rest, instr(Rest, ' ') + 1) FROM words WHERE Rest <> ''),
          tags(MemberId, AssociationId, Tag, Rest) AS (
            SELECT Id, AssociationId, '', substr(Tags, 2) FROM {members} WHERE ErasedAt IS NULL AND Tags <> ''
            UNION ALL
            SELECT MemberId, AssociationId, substr(Rest, 1, instr(Rest, '|') - 1), substr(Rest, instr(Rest, '|') + 1) FROM tags WHERE Rest <> '')
        INSERT INTO {terms} (AssociationId, MemberId, Term)
        SELECT AssociationId, MemberId, Word FROM words WHERE Word <> ''
        UNION SELECT AssociationId, Id, Email FROM {members} WHERE ErasedAt IS NULL AND Email IS NOT NULL
        UNION SELECT AssociationId, Id, lower(MemberNumber) FROM {members} WHERE ErasedAt IS NULL
        UNION SELECT AssociationId, MemberId, '#' || Tag FROM tags WHERE Tag <> '';
        """;

    private static string PostgresBackfill() => """
        INSERT INTO membership.member_terms ("AssociationId", "MemberId", "Term")
        SELECT "AssociationId", "Id", w FROM membership.members, regexp_split_to_table("SearchName", '[\s,;-]+') AS w WHERE "ErasedAt" IS NULL AND w <> ''
        UNION SELECT "AssociationId", "Id", "Email" FROM membership.members WHERE "ErasedAt" IS NULL AND "Email" IS NOT NULL
        UNION SELECT "AssociationId", "Id", lower("MemberNumber") FROM membership.members WHERE "ErasedAt" IS NULL
        UNION SELECT "AssociationId", "Id", '#' || t FROM membership.members, regexp_split_to_table("Tags", '\|') AS t WHERE "ErasedAt" IS NULL AND t <> '';
        """;
}
