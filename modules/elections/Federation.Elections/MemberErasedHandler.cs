using Federation.Elections.Conclusion;
using Federation.Elections.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections;

/// <summary>Anonymises an erased member's nominations and places in concluded results. Ballots are
/// anonymous already; gender stays, so the counts and the gender rules' record still add up.</summary>
internal sealed class MemberErasedHandler(ElectionsDbContext db) : IIntegrationEventHandler<MemberErased>
{
    public const string ErasedName = "(raderad medlem)";

    public async Task Handle(MemberErased message, CancellationToken cancellationToken)
    {
        var nominations = await db.Candidates.Where(c => c.MemberId == message.MemberId).ToListAsync(cancellationToken);
        var names = nominations.Select(c => c.Name).Distinct().ToList();
        foreach (var c in nominations)
        {
            c.MemberId = null;
            c.Name = ErasedName;
            c.Motivation = null;
            c.Presentation = null;
        }
        var electionIds = nominations.Select(c => c.ElectionId).Distinct().ToList();
        foreach (var election in await db.Elections.Where(e => electionIds.Contains(e.Id) && e.OutcomeJson != null).ToListAsync(cancellationToken))
        {
            var outcome = Outcome.FromJson(election.OutcomeJson!);
            election.OutcomeJson = (outcome with
            {
                Places = outcome.Places.Select(p => p.MemberId == message.MemberId ? p with { MemberId = null, Name = ErasedName } : p).ToList(),
                GenderSteps = outcome.GenderSteps.Select(s => names.Aggregate(s, (text, name) => text.Replace(name, ErasedName))).ToList(),
            }).ToJson();
        }
        // On a voting roll the person is only a name; the roll's counts stay.
        var voters = await db.Voters.Where(v => v.MemberId == message.MemberId).ToListAsync(cancellationToken);
        var meetingIds = voters.Select(v => v.MeetingId).ToList();
        var erased = names.Concat(voters.Select(v => v.Name)).Distinct().ToList();
        foreach (var voter in voters)
        {
            voter.MemberId = null;
            voter.Name = ErasedName;
        }
        // The meeting's log names them too (roll changes, answers).
        var electionMeetings = await db.Elections.Where(e => electionIds.Contains(e.Id)).Select(e => e.MeetingId).ToListAsync(cancellationToken);
        var meetings = meetingIds.Concat(electionMeetings).Distinct().ToList();
        foreach (var line in await db.Log.Where(l => meetings.Contains(l.MeetingId)).ToListAsync(cancellationToken))
            line.Text = erased.Aggregate(line.Text, (text, name) => text.Replace(name, ErasedName));
        await db.SaveChangesAsync(cancellationToken);
    }
}
