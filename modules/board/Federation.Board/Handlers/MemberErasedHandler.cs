using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Handlers;

/// <summary>
/// An erased member leaves no name here. One pseudonym per person stands in wherever a record must stay:
/// speaker entries keep gender and time (so the speaker count holds), board roles keep the seat, an approved
/// protocol keeps its attendance count and its text. A draft protocol's attendance just loses them, and so
/// does the activity attendance the board counts per person, and a municipal group its member, function and briefing.
/// </summary>
internal sealed class MemberErasedHandler(BoardDbContext db) : IIntegrationEventHandler<MemberErased>
{
    public async Task Handle(MemberErased message, CancellationToken ct)
    {
        var member = message.MemberId;
        var label = "Anonym " + Guid.NewGuid().ToString("N")[..6];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in await db.Contributions.Where(c => c.MemberId == member).ToListAsync(ct))
        {
            names.Add(c.Name);
            (c.MemberId, c.Name) = (null, label);
        }
        foreach (var r in await db.Roles.Where(r => r.MemberId == member).ToListAsync(ct))
        {
            names.Add(r.Name);
            (r.MemberId, r.Name) = (null, label);
        }
        var officials = await db.ElectedOfficials.Where(o => o.MemberId == member).ToListAsync(ct);
        names.UnionWith(officials.Select(o => o.Name));
        db.ElectedOfficials.RemoveRange(officials);
        db.IntroductionTalks.RemoveRange(await db.IntroductionTalks.Where(t => t.MemberId == member).ToListAsync(ct));
        db.MentorRequests.RemoveRange(await db.MentorRequests.Where(r => r.MemberId == member).ToListAsync(ct));
        var inGroups = await db.MunicipalGroupMembers.Where(m => m.MemberId == member).ToListAsync(ct);
        names.UnionWith(inGroups.Select(m => m.Name));
        db.MunicipalGroupMembers.RemoveRange(inGroups);
        db.MunicipalGroupFunctions.RemoveRange(await db.MunicipalGroupFunctions.Where(f => f.MemberId == member).ToListAsync(ct));
        db.RulesBriefings.RemoveRange(await db.RulesBriefings.Where(b => b.MemberId == member).ToListAsync(ct));
        db.Attendances.RemoveRange(await db.Attendances.Where(a => a.MemberId == member).ToListAsync(ct));

        var attended = await db.Attendees.Where(a => a.MemberId == member).ToListAsync(ct);
        names.UnionWith(attended.Select(a => a.Name));
        var approved = await db.Meetings.Where(m => m.Locked).Select(m => m.Id).ToListAsync(ct);
        foreach (var a in attended)
        {
            if (approved.Contains(a.MeetingId)) (a.MemberId, a.Name) = (null, label);
            else db.Attendees.Remove(a);
        }
        names.RemoveWhere(string.IsNullOrWhiteSpace);
        names.UnionWith(names.Select(n => HtmlEncoder.Default.Encode(n)).ToList()); // as a saved HTML protocol spells them
        if (names.Count > 0) await ReplaceInProtocols(names, label, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Where a protocol names them in its text: minutes, decisions, chair and adjusters, earlier approved versions; municipal groups' change logs.</summary>
    private async Task ReplaceInProtocols(HashSet<string> names, string label, CancellationToken ct)
    {
        string? Scrub(string? text) => text is null ? null : names.Aggregate(text, (t, name) => t.Replace(name, label, StringComparison.OrdinalIgnoreCase));
        bool Names(string? text) => text is not null && names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));

        foreach (var m in (await db.Meetings.ToListAsync(ct)).Where(m => Names(m.ApprovedByChair) || Names(m.Adjusters)))
            (m.ApprovedByChair, m.Adjusters) = (Scrub(m.ApprovedByChair), Scrub(m.Adjusters));
        foreach (var i in (await db.AgendaItems.Where(i => i.Minutes != null).ToListAsync(ct)).Where(i => Names(i.Minutes)))
            i.Minutes = Scrub(i.Minutes);
        foreach (var d in (await db.Decisions.ToListAsync(ct)).Where(d => Names(d.Text) || Names(d.Responsible)))
            (d.Text, d.Responsible) = (Scrub(d.Text)!, Scrub(d.Responsible));
        foreach (var r in (await db.MinutesRevisions.ToListAsync(ct)).Where(r => Names(r.Snapshot) || Names(r.Reason)))
            (r.Snapshot, r.Reason) = (Scrub(r.Snapshot)!, Scrub(r.Reason)!);
        foreach (var c in (await db.MunicipalGroupChanges.ToListAsync(ct)).Where(c => Names(c.Description)))
            c.Description = Scrub(c.Description)!;
    }
}
