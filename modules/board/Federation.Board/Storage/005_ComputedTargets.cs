using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>
/// Held activities say whether childcare was offered, so "Barnpassning erbjuds vid stormöten, årsmöten samt
/// medlemsträffar" is computed; a target may be due by a date ("inför valet 2026") rather than spread over the plan,
/// and may leave out a series that is a goal of its own (Vänsterpizza beside "en social aktivitet utöver Syninge").
/// </summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261126000005_ComputedTargets")]
internal sealed class ComputedTargets : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<bool>("Childcare", Table("held_activities"), schema: Schema, nullable: false, defaultValue: false);
        b.AddColumn<DateOnly>("DueOn", Table("targets"), schema: Schema, nullable: true);
        b.AddColumn<string>("ExceptRule", Table("targets"), schema: Schema, nullable: true);
    }
}
