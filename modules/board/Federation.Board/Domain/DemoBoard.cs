using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// Board work in the demo district, in the year the demo is made (the clock's), so it never looks stale. Solna:
/// this year's plan (the latest template's goals carried over when no template covers the year) with entries and a
/// follow-up, a full board of members from the register (the demo accounts among them), a board meeting this year
/// with approved minutes and speaker statistics, the next one on the agenda, one member meeting without
/// statistics, and the KF-grupp. Älvsjö-Hägersten: a board without an internal-feminist officer, no plan — the district view shows
/// both. The district: its two plans that overlap in 2025. The year's held activities come from the activities module's demo, as in real life.
/// </summary>
internal static class DemoBoard
{
    public static async Task Seed(DemoSeed seed, CancellationToken ct)
    {
        if (seed.Association.IsDistrict) await District(seed, ct);
        // The board are members: without a register there is nobody to seat.
        if (seed.Services.GetService<IMemberDirectory>() is not { } register) return;
        switch (seed.Association.Id)
        {
            case "solna": await Solna(seed, register, ct); break;
            case "alvsjo-hagersten": await AlvsjoHagersten(seed, register, ct); break;
        }
    }

    /// <summary>
    /// The district's plans covering last year and this: 2023–2025 and 2025–2027 overlap in 2025, and both are there, so the
    /// shares seed 003 asks of every association (officers, trained chairs, regular priority-area activity) show computed.
    /// </summary>
    private static async Task District(DemoSeed seed, CancellationToken ct)
    {
        var plans = seed.Services.GetRequiredService<PlanService>();
        foreach (var year in new[] { seed.Today.Year - 1, seed.Today.Year })
        foreach (var template in await plans.Missing(year, ct))
            await plans.Create(year, null, template.FirstYear, ct);
    }

    private static async Task Solna(DemoSeed seed, IMemberDirectory register, CancellationToken ct)
    {
        var db = seed.Services.GetRequiredService<BoardDbContext>();
        var plans = seed.Services.GetRequiredService<PlanService>();
        var board = await Board(seed, register, ct, ("ordforande", BoardFunctions.Chair), (null, BoardFunctions.ViceChair),
            (null, BoardFunctions.Treasurer), (null, BoardFunctions.Secretary), ("medlemsansvarig", BoardFunctions.MemberOfficer),
            (null, BoardFunctions.InternalFeministOfficer), (null, BoardFunctions.AntiracistOfficer), ("samordnare", BoardRole.Member));
        db.Roles.AddRange(board);
        await db.SaveChangesAsync(ct);
        await Introductions(seed, board, ct);
        await MentorRequests(seed, board, db, ct);
        await CouncilGroup(seed, board, ct);

        var year = seed.Today.Year;
        await plans.CarryOver(year, ct);
        var plan = (await plans.Find(year, ct: ct))!;
        var targets = plan.Pillars.SelectMany(p => p.Goals).SelectMany(g => g.Targets).ToList();
        async Task Entry(string target, int daysAgo, string note)
        {
            if (targets.FirstOrDefault(t => t.Text == target) is { } found)
                await plans.AddEntry(year, found.Id, 1, Ago(seed, daysAgo), note, "demo", ct);
        }
        await Entry("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera", 35, "Budgetmöte i ABF-huset");
        var meetingDay = Ago(seed, 21);
        if (plan.Pillars.FirstOrDefault(p => p.Goals.Count > 0) is { } pillar)
            await plans.RecordFollowUp(year, meetingDay, "Uppföljning på styrelsemötet",
                [new GoalComment(pillar.Goals[0].Id, "Flygbladen går enligt plan; fler torgmöten behövs.")], "demo", ct: ct);

        await Meetings(seed, board, meetingDay, ct);
    }

    /// <summary>A day this year, <paramref name="daysAgo"/> before the demo's today (New Year's Day at the earliest).</summary>
    private static DateOnly Ago(DemoSeed seed, int daysAgo) =>
        new[] { seed.Today.AddDays(-daysAgo), new DateOnly(seed.Today.Year, 1, 1) }.Max();

    private static async Task Meetings(DemoSeed seed, List<BoardRole> board, DateOnly day, CancellationToken ct)
    {
        var db = seed.Services.GetRequiredService<BoardDbContext>();
        var speakers = seed.Services.GetRequiredService<SpeakerStatisticsService>();
        var minutes = seed.Services.GetRequiredService<MinutesService>();
        var random = new Random(seed.RandomSeed + 1);
        var (chair, viceChair, treasurer, secretary) = (board[0].Name, board[1].Name, board[2].Name, board[3].Name);

        var meeting = await speakers.CreateMeeting(ActivityTypes.BoardMeeting, "Styrelsemöte", day, null, ct);
        foreach (var r in board.Take(7)) await minutes.AddAttendee(meeting.Id, r.MemberId, r.Name, true, ct: ct);
        var opening = await minutes.AddItem(meeting.Id, "Mötets öppnande och val av justerare", null, ct);
        await minutes.WriteMinutes(meeting.Id, opening.Id, $"{chair} öppnade mötet. {secretary} och {treasurer} valdes att justera protokollet.", revision: null, ct);
        var followUp = await minutes.AddItem(meeting.Id, "Uppföljning av verksamhetsplanen", "Underlag: planens läge i dag (se verksamhetsplanen).", ct);
        await minutes.WriteMinutes(meeting.Id, followUp.Id, "Styrelsen gick igenom målen. Flygbladsutdelningarna ligger i fas; torgmötena släpar.", revision: null, ct);
        await minutes.AddDecision(meeting.Id, followUp.Id, "Planera tre torgmöten", viceChair, seed.Today.AddDays(30), ct);
        var party = await minutes.AddItem(meeting.Id, "Medlemsfest", null, ct);
        await minutes.WriteMinutes(meeting.Id, party.Id, "Styrelsen vill ha en medlemsfest innan sommaren eller jul, det som kommer först.", revision: null, ct);
        await minutes.AddDecision(meeting.Id, party.Id, "Boka lokal till medlemsfesten", treasurer, seed.Today.AddDays(14), ct);

        // Speaker list: each board member speaks a few times; contributions of 20 s to 4 min.
        var start = day.ToDateTime(new TimeOnly(16, 5), DateTimeKind.Utc);
        var number = 0;
        foreach (var r in board.Take(7).SelectMany(r => Enumerable.Repeat(r, random.Next(1, 4))).OrderBy(_ => random.Next()))
        {
            var seconds = random.Next(20, 240);
            db.Contributions.Add(new Contribution
            {
                Id = Guid.NewGuid(), MeetingId = meeting.Id, Number = ++number, MemberId = r.MemberId, Name = r.Name, Gender = r.Gender,
                Type = number % 6 == 0 ? Contribution.Reply : Contribution.Speech,
                StartedAt = start, StoppedAt = start.AddSeconds(seconds), Seconds = seconds,
            });
            start = start.AddSeconds(seconds + 15);
        }
        await db.SaveChangesAsync(ct);
        await minutes.RecordApproval(meeting.Id, chair, [secretary, treasurer], new[] { day.AddDays(7), seed.Today }.Min(), ct);

        // The next board meeting, with its agenda.
        var next = await speakers.CreateMeeting(ActivityTypes.BoardMeeting, "Styrelsemöte", seed.Today.AddDays(14), null, ct);
        await minutes.AddItem(next.Id, "Uppföljning av besluten från förra mötet", null, ct);
        await minutes.AddItem(next.Id, "Medlemsfesten", null, ct);

        // A member meeting without speaker statistics: Solna's rule asks for them, so the module points it out.
        await speakers.CreateMeeting(ActivityTypes.MemberMeeting, "Medlemsmöte om budgeten", Ago(seed, 35), null, ct);
    }

    /// <summary>The new board's introduction talks: the chair's held three weeks after the annual meeting, the vice chair's booked, the rest waiting.</summary>
    private static async Task Introductions(DemoSeed seed, List<BoardRole> board, CancellationToken ct)
    {
        var talks = seed.Services.GetRequiredService<IntroductionTalks>();
        var day = new[] { board[0].From.AddDays(21), seed.Today }.Min();
        await talks.Book(board[0].MemberId!.Value, day, "Gruppledaren i kommunfullmäktige", "demo", ct);
        await talks.MarkHeld(board[0].MemberId!.Value, day, "demo", ct);
        await talks.Book(board[1].MemberId!.Value, seed.Today.AddDays(10), "Gruppledaren i kommunfullmäktige", "demo", ct);
    }

    /// <summary>Two officials asked the district for a mentor: one got one (written as the district would), one waits.</summary>
    private static async Task MentorRequests(DemoSeed seed, List<BoardRole> board, BoardDbContext db, CancellationToken ct)
    {
        var mentoring = seed.Services.GetRequiredService<Mentoring>();
        var matched = await mentoring.Request(board[2].MemberId!.Value, "Ny som kassör; vill ha stöd i att lägga en budget för föreningen.", "demo", ct);
        (matched.Status, matched.Mentor, matched.DecidedBy, matched.DecidedAt) =
            (MentorStatus.Matched, "Kassör i Vänsterpartiet Sundbyberg, nås via distriktsexpeditionen", "demo", matched.RequestedAt);
        await db.SaveChangesAsync(ct);
        await mentoring.Request(board[5].MemberId!.Value, "Internfeministisk ansvarig för första gången; önskar en mentor med erfarenhet av uppdraget, gärna en kvinna i ledande ställning.", "demo", ct);
    }

    /// <summary>
    /// Solna's KF-grupp: five of the board, a group leader and an internal-feminist officer but no antiracist one, rules of
    /// procedure from the annual meeting that every official but one has been told of, an initiative-writing meeting this semester.
    /// </summary>
    private static async Task CouncilGroup(DemoSeed seed, List<BoardRole> board, CancellationToken ct)
    {
        var groups = seed.Services.GetRequiredService<MunicipalGroups>();
        var group = await groups.Create("KF-gruppen i Solna", "demo", ct);
        foreach (var seat in new[] { 0, 1, 4, 5, 6 }) await groups.AddMember(group.Id, board[seat].MemberId, "demo", ct);
        await groups.AssignFunction(group.Id, BoardFunctions.GroupLeader, board[0].MemberId, "demo", ct);
        await groups.AssignFunction(group.Id, BoardFunctions.InternalFeministOfficer, board[5].MemberId, "demo", ct);
        var adopted = board[0].From;
        await groups.SetRules(group.Id, "Arbetsordning för KF-gruppen i Solna: gruppmöte varannan måndag före fullmäktige; gruppledaren leder mötet; "
            + "mötesordförande och sekreterare roterar bland ledamöterna; initiativ lämnas till gruppledaren en vecka före nämndmötet.", null, adopted, "demo", ct);
        var told = new[] { adopted.AddDays(14), seed.Today }.Min();
        foreach (var official in board.Take(board.Count - 1)) await groups.MarkInformed(group.Id, official.MemberId, told, "demo", ct);
        var semesterStart = ProgressCalculator.SemestersOf(seed.Today.Year).First(s => s.To >= seed.Today).From;
        await groups.AddMeeting(group.Id, new[] { seed.Today.AddDays(-14), semesterStart }.Max(), MunicipalGroupThemes.InitiativeWriting,
            "Vi skrev två motioner om hyresrätter och en interpellation om skolan.", "demo", ct);
    }

    private static async Task AlvsjoHagersten(DemoSeed seed, IMemberDirectory register, CancellationToken ct)
    {
        var db = seed.Services.GetRequiredService<BoardDbContext>();
        db.Roles.AddRange(await Board(seed, register, ct, ("styrelsen", BoardFunctions.Chair), (null, BoardFunctions.Treasurer),
            (null, BoardFunctions.AntiracistOfficer), (null, BoardRole.Member)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The board elected at this year's annual meeting (last year's, early in the year), seated from the register:
    /// a seat with an account name (<c>ordforande</c>) goes to the member with that demo account's address
    /// (<c>ordforande@solna.demo</c>), so the account is a board member who can sign up; the others are members in
    /// alphabetical order.
    /// </summary>
    private static async Task<List<BoardRole>> Board(DemoSeed seed, IMemberDirectory register, CancellationToken ct, params (string? Account, string Role)[] seats)
    {
        var annualMeeting = new DateOnly(seed.Today.Year, 2, 25);
        if (annualMeeting > seed.Today) annualMeeting = annualMeeting.AddYears(-1);
        var others = new Queue<MemberCard>((await register.Search("", 40, ct)).Where(m => m.Email?.EndsWith(".demo", StringComparison.Ordinal) != true));
        var roles = new List<BoardRole>();
        foreach (var (account, role) in seats)
        {
            var member = account is null ? null
                : (await register.Search(account + "@", 10, ct)).FirstOrDefault(m => m.Email?.StartsWith(account + "@", StringComparison.Ordinal) == true);
            member ??= others.Dequeue();
            roles.Add(new BoardRole
            {
                Id = Guid.NewGuid(), MemberId = member.MemberId, Name = member.Name, Gender = member.Gender, Role = role, From = annualMeeting,
            });
        }
        return roles;
    }
}
