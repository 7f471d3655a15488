using Federation.Elections.Counting;
using Federation.Elections.Conclusion;
using Federation.Elections.Voting;
using Federation.Elections.Roll;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Elections.Domain;

/// <summary>Demo elections: Solna's annual meeting with a board elected by STV under the zipper rule,
/// and Älvsjö-Hägersten's five delegates and five substitutes to Representantskapet (seed 001).
/// Solna's candidates are members of the register where there is one (so those elected count as officials), else
/// fictional guests, so the demo works with or without membership.</summary>
internal static class DemoElections
{
    public static async Task Seed(DemoSeed seed, CancellationToken ct)
    {
        switch (seed.Association.Id)
        {
            case "solna": await Solna(seed, ct); break;
            case "alvsjo-hagersten": await AlvsjoHagersten(seed, ct); break;
        }
    }

    private static async Task Solna(DemoSeed seed, CancellationToken ct)
    {
        var office = seed.Services.GetRequiredService<ElectionOffice>();
        var year = seed.Today.Year;
        var meeting = await office.CreateMeeting(new NewElectionMeeting($"Årsmöte {year}", seed.Today.AddDays(-20), null), ct);
        var term = (From: seed.Today.AddDays(-20), Until: seed.Today.AddDays(-20).AddYears(1));
        await Roll(seed, meeting.Id, 33, present: 31, ct);
        var board = await office.AddElection(meeting.Id, new NewElection(Positions.Board, null, 5, ScottishStv.Name, GenderRules.Zipper, term.From, term.Until), ct);
        string[] names = ["Anders Lind", "Bertil Ek", "Cecilia Holm", "David Ström", "Elin Berg", "Fredrik Sjö", "Greta Alm"];
        string[] genders = [Gender.Man, Gender.Man, Gender.Woman, Gender.Man, Gender.Woman, Gender.Man, Gender.Woman];
        var members = await Members(seed, genders, ct);
        for (var i = 0; i < names.Length; i++)
        {
            if (members[i] is { } member) names[i] = member.Name;
            var c = await office.Nominate(board.Id, i < 5 ? NominationSources.Committee : NominationSources.Floor,
                new Nomination(members[i]?.MemberId, names[i], genders[i], i < 5 ? "Valberedningens förslag: bred erfarenhet av föreningens arbete." : null,
                    null, i < 5 ? i + 1 : null, true), ct);
            if (c.Answer != Answers.Accepted) await office.Answer(board.Id, c.Id, new CandidateAnswer(true, $"Jag heter {names[i]} och vill bygga föreningen."), ct);
        }
        await office.OpenVoting(board.Id, VotingModes.Digital, ct);
        var box = seed.Services.GetRequiredService<BallotBox>();
        var random = new Random(seed.RandomSeed);
        var codes = await box.IssueCodes(board.Id, null, ct);
        foreach (var code in codes.Take(29))
        {
            // Men lead on first preferences, so the zipper rule visibly moves a woman up.
            var order = Enumerable.Range(1, names.Length).OrderBy(n => (genders[n - 1] == Gender.Man ? 0 : 2.5) + random.NextDouble() * 4).ToList();
            await box.Cast(board.Id, code, order.Take(random.Next(3, 7)).ToList(), ct);
        }
        await seed.Services.GetRequiredService<ElectionCount>().Conclude(board.Id, (ulong)seed.RandomSeed, ct);
    }

    /// <summary>
    /// Members of the register of the given genders, one per place (null where there is none, or no register): those
    /// elected at the annual meeting are then linked to members, so they count among the elected officials.
    /// </summary>
    private static async Task<MemberCard?[]> Members(DemoSeed seed, string[] genders, CancellationToken ct)
    {
        var found = new MemberCard?[genders.Length];
        if (seed.Services.GetService<IMemberDirectory>() is not { } register) return found;
        foreach (var contact in (await register.Audience(cancellationToken: ct)).Take(200))
        {
            if (Array.IndexOf(found, null) < 0) break;
            if (await register.Find(contact.MemberId, ct) is not { } card) continue;
            var place = Enumerable.Range(0, genders.Length).FirstOrDefault(i => found[i] is null && genders[i] == card.Gender, -1);
            if (place >= 0) found[place] = card;
        }
        return found;
    }

    /// <summary>A voting roll of fictional people entered by hand (the demo runs without membership too),
    /// the first <paramref name="present"/> of them checked in.</summary>
    private static async Task Roll(DemoSeed seed, Guid meetingId, int eligible, int present, CancellationToken ct)
    {
        string[] first = ["Alva", "Bengt", "Cornelia", "Dennis", "Ebba", "Filip", "Gun", "Hassan", "Ines", "Jonas", "Klara"];
        string[] last = ["Andersson", "Berglund", "Çelik", "Dahlberg", "Eriksson", "Forsberg"];
        var roll = seed.Services.GetRequiredService<VotingRoll>();
        for (var i = 0; i < eligible; i++)
            await roll.Add(meetingId, new RollEntry(null, $"{first[i % first.Length]} {last[i / first.Length % last.Length]}", i < present), ct);
    }

    private static async Task AlvsjoHagersten(DemoSeed seed, CancellationToken ct)
    {
        var office = seed.Services.GetRequiredService<ElectionOffice>();
        var meeting = await office.CreateMeeting(new NewElectionMeeting($"Årsmöte {seed.Today.Year}", seed.Today.AddDays(-10), null), ct);
        await Roll(seed, meeting.Id, 27, present: 25, ct);
        var count = seed.Services.GetRequiredService<ElectionCount>();
        var box = seed.Services.GetRequiredService<BallotBox>();
        var random = new Random(seed.RandomSeed);
        string[] names = ["Hanna Vik", "Ivar Dahl", "Johanna Ek", "Karim Nasser", "Lina Åberg", "Maja Sund", "Nils Rask", "Olivia Tran", "Per Hed", "Rut Falk", "Sara Blom", "Tomas Ung"];
        string[] genders = [Gender.Woman, Gender.Man, Gender.Woman, Gender.Man, Gender.Woman, Gender.Woman, Gender.Man, Gender.Woman, Gender.Man, Gender.Woman, Gender.Woman, Gender.Man];
        // "Vår förening har 2018 fem ombud och fem ersättare där" (seed 001): five delegates, then five substitutes in order.
        var delegates = await office.AddElection(meeting.Id, new NewElection("delegates:Representantskapet", null, 5, MarkedMethods.Approval, GenderRules.HalfWomen, null, null), ct);
        var substitutes = await office.AddElection(meeting.Id, new NewElection("substitutes:Representantskapet", null, 5, MarkedMethods.Plurality, GenderRules.Pairwise, null, null), ct);
        foreach (var (election, pool) in new[] { (delegates, names[..7]), (substitutes, names[5..]) })
        {
            foreach (var (name, i) in pool.Select((n, i) => (n, i)))
                await office.Nominate(election.Id, NominationSources.Floor, new Nomination(null, name, genders[Array.IndexOf(names, name)], null, null, null, true), ct);
            await office.OpenVoting(election.Id, VotingModes.Paper, ct);
            var papers = Enumerable.Range(0, 24).Select(_ => new PaperEntry(
                Enumerable.Range(1, pool.Length).OrderBy(_ => random.Next()).Take(election.Method == MarkedMethods.Plurality ? 1 : random.Next(1, 6)).ToList(), false)).ToList();
            papers.Add(new PaperEntry([], false));
            await box.EnterPile(election.Id, "Rösträknare 1", papers, ct);
            await box.EnterPile(election.Id, "Rösträknare 2", papers, ct);
            await count.Conclude(election.Id, (ulong)seed.RandomSeed, ct);
        }
    }
}
