using Federation.Activities.Contracts;
using Federation.Activities.Domain;
using Federation.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.Demo;

/// <summary>
/// The demo calendar: a year (half past, half ahead) of each association's recurring activities from
/// its plugin rules, outreach in priority areas, the district's shared days, and sign-ups with
/// attendance on past occurrences so follow-up and the board's plan progress have data.
/// </summary>
internal static class DemoActivities
{
    public static async Task Seed(DemoSeed seed, CancellationToken ct)
    {
        var sp = seed.Services;
        var planner = sp.GetRequiredService<SeriesPlanner>();
        var calendar = sp.GetRequiredService<Calendar>();
        var random = new Random(seed.RandomSeed ^ seed.Association.Id.GetHashCode(StringComparison.Ordinal));
        var from = seed.Today.AddMonths(-6);
        var until = seed.Today.AddMonths(6);

        if (seed.Association.IsDistrict)
        {
            await DemoExpectedActivities.Seed(seed, calendar, ct);
            return;
        }
        var rules = sp.GetRequiredService<Recurrence>().Rules(seed.Association.Id).Where(r => !r.BuiltIn);
        foreach (var rule in rules)
            await planner.Create(new SeriesInput(rule.Id, from, until, Place: Place(seed.Association.Id), MaxParticipants: 30), ct);
        if (!rules.Any())
            await planner.Create(new SeriesInput(Recurrence.MonthlyOnWeekday, from, until, ActivityTypes.MemberMeeting, "Medlemsmöte",
                StartTime: new(18, 30), DurationMinutes: 120, Weekday: "tuesday", Ordinal: 2, Place: "Medborgarhuset", Childcare: true), ct);

        // Solna 2024: "Anordna minst 20 flygbladsutdelningar" and "Anordna minst 10 torgmöten".
        var areas = await sp.GetRequiredService<PriorityAreaList>().For(seed.Association.Id, ct);
        string[] places = areas.Count > 0 ? [.. areas] : ["Centrum", "Torget", "Pendeltågsstationen"];
        for (var date = from.AddDays(3); date <= until; date = date.AddDays(18))
        {
            var square = date.Month % 2 == 0 && date.Day <= 18;
            var area = places[random.Next(places.Length)];
            await calendar.Create(new ActivityInput(
                square ? ActivityTypes.SquareMeeting : ActivityTypes.Leafleting,
                square ? $"Torgmöte i {area}" : $"Flygbladsutdelning i {area}",
                "Vi syns på gator och torg. Samling vid bokbordet.",
                date.ToDateTime(new TimeOnly(date.DayOfWeek == DayOfWeek.Saturday ? 11 : 16, 0)),
                date.ToDateTime(new TimeOnly(date.DayOfWeek == DayOfWeek.Saturday ? 13 : 18, 0)),
                Place: area, Area: area, MinParticipants: 2, MaxParticipants: 8, Visibility: "public"), ct);
        }

        await DemoExpectedActivities.Seed(seed, calendar, ct);
        await SignUpsAndAttendance(seed, random, ct);
    }

    /// <summary>
    /// The demo seeds modules in id order, so membership's members do not exist yet when activities
    /// seeds: sign-ups use stable demo member ids (shown by id) so attendance and targets still add up.
    /// </summary>
    private static async Task SignUpsAndAttendance(DemoSeed seed, Random random, CancellationToken ct)
    {
        var sp = seed.Services;
        var members = Enumerable.Range(0, 25).Select(_ => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray())).ToList();
        var signUps = sp.GetRequiredService<SignUps>();
        var query = sp.GetRequiredService<CalendarQuery>();
        var past = query.Matching(new CalendarFilter(seed.Today.AddMonths(-6), seed.Today.AddDays(-1), IncludeBoard: true))
            .Where(a => a.SourceActivityId == null && !a.Cancelled).ToList();
        foreach (var activity in past)
        {
            var group = members.OrderBy(_ => random.Next()).Take(random.Next(3, Math.Min(12, members.Count))).ToList();
            await signUps.RecordAttendance(activity.Id,
                group.Select(m => new AttendanceMark(m, random.Next(6) == 0 ? AttendanceOutcome.NoShow : AttendanceOutcome.Attended)).ToList(), ct);
        }
        var future = query.Matching(new CalendarFilter(seed.Today, seed.Today.AddMonths(2))).Where(a => a.SourceActivityId == null).ToList();
        foreach (var activity in future)
        foreach (var member in members.OrderBy(_ => random.Next()).Take(random.Next(1, 6)))
            await signUps.SignUp(activity.Id, member, ct);
        await ActivistNetwork(seed, ct);
    }

    /// <summary>The demo accounts of Solna and Sundbyberg in the district's activist network, so the district's list and plan show them.</summary>
    private static async Task ActivistNetwork(DemoSeed seed, CancellationToken ct)
    {
        var network = seed.Services.GetRequiredService<Network.ActivistNetwork>();
        switch (seed.Association.Id)
        {
            case "solna":
                await network.Join("Medlem Solna <medlem@solna.demo>", [ActivityTypes.Leafleting, ActivityTypes.DoorKnocking], null, "Norra Stockholm, kvällar", ct);
                break;
            case "sundbyberg":
                await network.Join("Samordnare Solna och Sundbyberg <samordnare@sundbyberg.demo>", [ActivityTypes.Postering, ActivityTypes.SquareMeeting], "070-000 00 00", null, ct);
                break;
        }
    }

    private static string Place(string association) => association switch
    {
        "alvsjo-hagersten" => "Älvsjö bibliotek",
        "solna" => "Solna centrum, ABF-lokalen",
        _ => "Föreningslokalen",
    };
}
