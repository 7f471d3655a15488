using Federation.Board.Storage;
using Federation.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// Board work in the demo district. Solna: the 2024 plan with the first half of 2024 held (open it with
/// <c>?year=2024&amp;asOf=2024-06-30</c>), a full board, a follow-up, meetings with minutes and speaker statistics and
/// one member meeting without. Älvsjö-Hägersten: a board without an internal-feminist officer, no plan — the district
/// view shows both. The 2024 activities are stored as received: the activities module's demo reports the current year.
/// </summary>
internal static class DemoBoard
{
    private static readonly DateOnly AnnualMeeting2024 = new(2024, 2, 25);

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
        var db = seed.Services.GetRequiredService<BoardDbContext>();
        var plans = seed.Services.GetRequiredService<PlanService>();
        var random = new Random(seed.RandomSeed);
        var board = Board(random,
            ("Amina Yusuf", Gender.Woman, BoardFunctions.Chair), ("Erik Lund", Gender.Man, BoardFunctions.ViceChair),
            ("Sara Berg", Gender.Woman, BoardFunctions.Treasurer), ("Kim Nilsson", Gender.NonBinary, BoardFunctions.Secretary),
            ("Leila Haddad", Gender.Woman, BoardFunctions.MemberOfficer), ("Maja Ek", Gender.Woman, BoardFunctions.InternalFeministOfficer),
            ("Omar Ali", Gender.Man, BoardFunctions.AntiracistOfficer), ("Johan Sjö", Gender.Man, BoardRole.Member));
        db.Roles.AddRange(board);

        // The first half of 2024, as the activities module reported it: leafletings every other Saturday (Röd lördag
        // once a month among them), square meetings, member meetings, two social evenings.
        var held = new List<HeldActivity>();
        void Held(string type, DateOnly day, string? rule = null) =>
            held.Add(new HeldActivity { ActivityId = Guid.NewGuid(), Type = type, Date = day, SeriesRuleId = rule });
        var redSaturdayMonths = new HashSet<int>();
        for (var day = new DateOnly(2024, 1, 6); day <= new DateOnly(2024, 6, 29); day = day.AddDays(14))
            Held(ActivityTypes.Leafleting, day, day.Month <= 5 && redSaturdayMonths.Add(day.Month) ? "red-saturday" : null);
        foreach (var day in new[] { new DateOnly(2024, 2, 17), new DateOnly(2024, 3, 16), new DateOnly(2024, 4, 20), new DateOnly(2024, 5, 25) })
            Held(ActivityTypes.SquareMeeting, day);
        foreach (var day in new[] { new DateOnly(2024, 1, 23), new DateOnly(2024, 3, 12), new DateOnly(2024, 4, 10) })
            Held(ActivityTypes.MemberMeeting, day);
        Held(ActivityTypes.Social, new DateOnly(2024, 2, 3));
        Held(ActivityTypes.Social, new DateOnly(2024, 6, 8));
        db.HeldActivities.AddRange(held);
        // Most of the board out leafleting twice this spring; two only once.
        foreach (var (role, i) in board.Select((r, i) => (r, i)))
        foreach (var leafleting in held.Where(h => h.Type == ActivityTypes.Leafleting).Skip(i % 5).Take(i % 4 == 3 ? 1 : 2))
            db.Attendances.Add(new Attendance { ActivityId = leafleting.ActivityId, MemberId = role.MemberId!.Value, Type = leafleting.Type, Date = leafleting.Date, Attended = true });
        await db.SaveChangesAsync(ct);

        await plans.Create(2024, null, ct);
        var plan = (await plans.Find(2024, ct))!;
        var targets = plan.Pillars.SelectMany(p => p.Goals).SelectMany(g => g.Targets).ToList();
        Guid Target(string text) => targets.First(t => t.Text == text).Id;
        await plans.AddEntry(2024, Target("Ett fysiskt medlemsblad per termin"), 1, new DateOnly(2024, 3, 1), "Vårbladet", "demo", ct);
        await plans.AddEntry(2024, Target("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera"), 1, new DateOnly(2024, 4, 20), "Budgetmöte i ABF-huset", "demo", ct);
        var outreach = plan.Pillars.Single(p => p.Name == "Utåtriktat arbete").Goals[0].Id;
        await plans.RecordFollowUp(2024, new DateOnly(2024, 6, 11), "Halvårsuppföljning på styrelsemötet",
            [new GoalComment(outreach, "Flygbladen går enligt plan; fler torgmöten behövs i höst.")], "demo", ct);

        await Meetings(seed, board, ct);
    }

    private static async Task Meetings(DemoSeed seed, List<BoardRole> board, CancellationToken ct)
    {
        var db = seed.Services.GetRequiredService<BoardDbContext>();
        var speakers = seed.Services.GetRequiredService<SpeakerStatisticsService>();
        var minutes = seed.Services.GetRequiredService<MinutesService>();
        var random = new Random(seed.RandomSeed + 1);

        var meeting = await speakers.CreateMeeting(ActivityTypes.BoardMeeting, "Styrelsemöte juni", new DateOnly(2024, 6, 11), null, ct);
        foreach (var r in board.Take(7)) await minutes.AddAttendee(meeting.Id, r.MemberId, r.Name, true, ct);
        var opening = await minutes.AddItem(meeting.Id, "Mötets öppnande och val av justerare", null, ct);
        await minutes.WriteMinutes(meeting.Id, opening.Id, "Amina Yusuf öppnade mötet. Kim Nilsson valdes att justera protokollet.", ct);
        var followUp = await minutes.AddItem(meeting.Id, "Uppföljning av verksamhetsplanen", "Underlag: planens läge per den 11 juni (se verksamhetsplanen).", ct);
        await minutes.WriteMinutes(meeting.Id, followUp.Id, "Styrelsen gick igenom målen. Flygbladsutdelningarna ligger i fas; torgmötena släpar.", ct);
        await minutes.AddDecision(meeting.Id, followUp.Id, "Planera tre torgmöten i september", "Erik Lund", new DateOnly(2024, 8, 20), ct);
        var summer = await minutes.AddItem(meeting.Id, "Syninge", null, ct);
        await minutes.WriteMinutes(meeting.Id, summer.Id, "Medlemsdagarna i Syninge hålls 10–11 augusti.", ct);
        await minutes.AddDecision(meeting.Id, summer.Id, "Boka stugorna i Syninge", "Sara Berg", new DateOnly(2024, 6, 30), ct);

        // Speaker list: each board member speaks a few times; contributions of 20 s to 4 min.
        var start = new DateTime(2024, 6, 11, 16, 5, 0, DateTimeKind.Utc);
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
        await minutes.Approve(meeting.Id, "Amina Yusuf", ["Kim Nilsson"], new DateOnly(2024, 6, 18), ct);

        // A member meeting without speaker statistics: Solna's rule asks for them, so the module points it out.
        await speakers.CreateMeeting(ActivityTypes.MemberMeeting, "Medlemsmöte om budgeten", new DateOnly(2024, 4, 10), null, ct);
    }

    private static async Task AlvsjoHagersten(DemoSeed seed, CancellationToken ct)
    {
        var db = seed.Services.GetRequiredService<BoardDbContext>();
        db.Roles.AddRange(Board(new Random(seed.RandomSeed + 2),
            ("Nora Lind", Gender.Woman, BoardFunctions.Chair), ("Per Ahl", Gender.Man, BoardFunctions.Treasurer),
            ("Fatima Said", Gender.Woman, BoardFunctions.AntiracistOfficer), ("Elin Roos", Gender.Woman, BoardRole.Member)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Board roles from the 2024 annual meeting, re-elected since (no end date).</summary>
    private static List<BoardRole> Board(Random random, params (string Name, string Gender, string Role)[] seats) =>
        seats.Select(s => new BoardRole
        {
            Id = Guid.NewGuid(), MemberId = new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()),
            Name = s.Name, Gender = s.Gender, Role = s.Role, From = AnnualMeeting2024,
        }).ToList();
}
