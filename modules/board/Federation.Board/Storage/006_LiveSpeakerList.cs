using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>
/// The live speaker list: a meeting's code for phones, its speech limit and change counter; who asked for the floor;
/// the gender of those present (compared with the speakers); a revision per agenda item so two secretaries never
/// silently overwrite each other's minutes.
/// </summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261126000006_LiveSpeakerList")]
internal sealed class LiveSpeakerList : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("SpeakerCode", Table("meetings"), schema: Schema, nullable: true);
        b.AddColumn<int>("SpeechLimitSeconds", Table("meetings"), schema: Schema, nullable: true);
        b.AddColumn<int>("SpeakerListVersion", Table("meetings"), schema: Schema, nullable: false, defaultValue: 0);
        b.CreateIndex($"IX_{Table("meetings")}_SpeakerCode", Table("meetings"), "SpeakerCode", Schema);
        b.AddColumn<string>("RequestedBy", Table("contributions"), schema: Schema, nullable: true);
        b.AddColumn<string>("Gender", Table("attendees"), schema: Schema, nullable: false, defaultValue: Gender.NotStated);
        b.AddColumn<int>("Revision", Table("agenda_items"), schema: Schema, nullable: false, defaultValue: 0);
    }
}
