using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Federation.Studies.Domain;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Studies.Demo;

/// <summary>
/// Studies in the demo district, in the current year. The district: the new-member weekend course, the leadership
/// training (one occasion held, one coming), feminist self-defence and a men's group twice each, rhetoric for list
/// toppers. Solna: its own internal-feminism course with invited lecturers, members signed up for district courses,
/// three who completed the leadership training, its chair and group leader as the board announced them (one lacks
/// the training), and two ABF circles — one that meets the rules and one that does not yet. Älvsjö-Hägersten: a
/// chair without the training.
/// </summary>
internal static class DemoStudies
{
    public static async Task Seed(DemoSeed seed, CancellationToken ct)
    {
        if (seed.Association.IsDistrict) await District(seed, ct);
        else if (seed.Association.Id == "solna") await Solna(seed, ct);
        else if (seed.Association.Id == "alvsjo-hagersten") await Chairs(seed, ct, withTraining: 0);
    }

    private static DateTime At(DateOnly day, int hour, int minute = 0) => day.ToDateTime(new TimeOnly(hour, minute));

    private static async Task District(DemoSeed seed, CancellationToken ct)
    {
        var catalogue = seed.Services.GetRequiredService<Catalogue>();
        var today = seed.Today;
        async Task Course(string title, string kind, string audience, string description, params OccasionInput[] occasions)
        {
            var course = await catalogue.CreateCourse(new(title, kind, audience, description), ct);
            foreach (var occasion in occasions) await catalogue.CreateOccasion(course.Id, occasion, ct);
        }
        static OccasionInput Day(string place, int capacity, DateOnly day, int from, int to, params LecturerInput[] lecturers) =>
            new(place, capacity, [new(At(day, from), At(day, to))], lecturers);

        var weekend = today.AddDays(10);
        await Course("Helgkurs för nya medlemmar", CourseKinds.NewMember, Audiences.NewMembers,
            "Distriktets helgkurs: partiets historia, ideologi och hur föreningen fungerar.",
            new OccasionInput("Kungsgatan 84", 24, [new(At(weekend, 10), At(weekend, 16)), new(At(weekend.AddDays(1), 10), At(weekend.AddDays(1), 15))],
                [new("Sara Lindqvist", Gender.Woman, false), new("Ahmed Karimi", Gender.Man, false)]));
        var held = today.AddDays(-60);
        await Course("Ledarskapsutbildningen", CourseKinds.Leadership, Audiences.ChairsAndGroupLeaders,
            "För ordförande, gruppledare och andra nyckelpersoner. Två kvällar.",
            new OccasionInput("Kungsgatan 84", 16, [new(At(held, 18), At(held, 21)), new(At(held.AddDays(7), 18), At(held.AddDays(7), 21))],
                [new("Maria Holm", Gender.Woman, true)]),
            new OccasionInput("Kungsgatan 84", 16, [new(At(today.AddDays(14), 18), At(today.AddDays(14), 21)), new(At(today.AddDays(21), 18), At(today.AddDays(21), 21))],
                [new("Maria Holm", Gender.Woman, true), new("Jonas Berg", Gender.Man, true)]));
        await Course("Feministiskt självförsvar", CourseKinds.SelfDefence, Audiences.WomenAndNonBinary,
            "Prova på feministiskt självförsvar, för kvinnor och icke-binära.",
            Day("ABF-huset, Sveavägen 41", 14, new DateOnly(today.Year, 3, 8), 10, 14, new LecturerInput("Lina Ström", Gender.Woman, true)),
            Day("ABF-huset, Sveavägen 41", 14, today.AddDays(5), 10, 14, new LecturerInput("Lina Ström", Gender.Woman, true)));
        await Course("Män och patriarkala strukturer", CourseKinds.MensGroup, Audiences.Men,
            "Samtalsgrupp för män om att bryta ner patriarkala strukturer.",
            Day("Kungsgatan 84", 12, new DateOnly(today.Year, 4, 15), 18, 21, new LecturerInput("Erik Sandberg", Gender.Man, true)),
            Day("Kungsgatan 84", 12, new DateOnly(today.Year, 10, 14), 18, 21, new LecturerInput("Erik Sandberg", Gender.Man, true)));
        await Course("Retorik och förhandlingsteknik", CourseKinds.Rhetoric, Audiences.ElectedOfficials,
            "För dem som toppar våra vallistor inför valet.",
            Day("Kungsgatan 84", 20, today.AddDays(3), 13, 17, new LecturerInput("Hanna Ek", Gender.Woman, true)));
    }

    private static async Task Solna(DemoSeed seed, CancellationToken ct)
    {
        var sp = seed.Services;
        var db = sp.GetRequiredService<StudiesDbContext>();
        var catalogue = sp.GetRequiredService<Catalogue>();
        var enrolment = sp.GetRequiredService<Enrolment>();
        var members = await Register(seed, ct);
        if (members.Count < 12) return;

        var own = await catalogue.CreateCourse(new("Internfeminism i föreningen", CourseKinds.InternalFeminism, Audiences.AllMembers,
            "Föreningen erbjuder alla medlemmar utbildning i internfeminism (verksamhetsplan 2024)."), ct);
        var day = seed.Today.AddDays(12);
        await catalogue.CreateOccasion(own.Id, new("Föreningslokalen, Solna centrum", 20, [new(At(day, 18), At(day, 21))],
            [new("Amanda Nilsson", Gender.Woman, true), new("Karin Olsson", Gender.Woman, true), new("Peter Lind", Gender.Man, true)]), ct);

        // Members of Solna on the district's coming courses; the rhetoric course fills up and has a waiting list.
        var district = await db.Occasions.IgnoreQueryFilters().Where(o => o.AssociationId != seed.Association.Id).ToListAsync(ct);
        var courses = await db.Courses.IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, ct);
        var now = seed.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var occasion in district.Where(o => o.EndUtc > now))
            foreach (var member in members.Take(courses[occasion.CourseId].Kind == CourseKinds.Rhetoric ? 23 : 4))
                await enrolment.SignUp(occasion.Id, member, ct);

        // The leadership training held two months ago: three attended both evenings; the district recorded it.
        var past = district.Single(o => courses[o.CourseId].Kind == CourseKinds.Leadership && o.EndUtc <= now);
        var attendees = members.Take(3).ToList();
        var position = 0;
        foreach (var member in attendees)
            db.SignUps.Add(new CourseSignUp { Id = Guid.NewGuid(), OccasionId = past.Id, MemberId = member.MemberId, Name = member.Name, Position = ++position, SignedUpAt = past.CreatedAt });
        await db.SaveChangesAsync(ct);
        using (var scope = sp.GetRequiredService<IServiceScopeFactory>().CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(sp.GetRequiredService<IAssociationDirectory>().District);
            var districtDb = scope.ServiceProvider.GetRequiredService<StudiesDbContext>();
            await districtDb.Occasions.Where(o => o.Id == past.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.LastPosition, position), ct);
            var signUps = await districtDb.SignUps.IgnoreQueryFilters().Where(s => s.OccasionId == past.Id).Select(s => s.Id).ToListAsync(ct);
            var recorder = scope.ServiceProvider.GetRequiredService<Enrolment>();
            foreach (var session in await districtDb.Sessions.Where(s => s.OccasionId == past.Id).ToListAsync(ct))
                await recorder.RecordAttendance(past.Id, session.Id, signUps, ct);
        }

        // The chair (who took the training) and the group leader (who has not), as the board announced them.
        db.Roles.Add(new HeldRole { Id = Guid.NewGuid(), MemberId = members[0].MemberId, Role = BoardFunctions.Chair, From = new DateOnly(seed.Today.Year, 2, 25) });
        db.Roles.Add(new HeldRole { Id = Guid.NewGuid(), MemberId = members[10].MemberId, Role = BoardFunctions.GroupLeader, From = new DateOnly(seed.Today.Year - 2, 10, 1) });
        await db.SaveChangesAsync(ct);

        await Circles(seed, members, ct);
    }

    private static async Task Circles(DemoSeed seed, IReadOnlyList<MemberCard> members, CancellationToken ct)
    {
        var circles = seed.Services.GetRequiredService<Circles>();
        var year = seed.Today.Year;
        var ready = await circles.Create(new("Marx för nybörjare", members[4].Name, "Vi läser Kapitalet i sammandrag, tre kvällar med ABF."), ct);
        var readers = new List<Guid>();
        foreach (var (member, born) in members.Skip(5).Take(4).Zip([1984, 1991, 1968, 2001]))
            readers.Add((await circles.AddParticipant(ready.Id, new(member.Name, born, member.MemberId), ct)).Id);
        foreach (var date in new[] { seed.Today.AddDays(-35), seed.Today.AddDays(-28), seed.Today.AddDays(-21) })
        {
            var session = await circles.AddSession(ready.Id, new(date, new TimeOnly(18, 0), new TimeOnly(20, 15), null), ct); // 135 min = 3 study hours
            await circles.RecordAttendance(ready.Id, session.Id, readers.Take(date == seed.Today.AddDays(-28) ? 3 : 4).ToList(), ct);
        }

        var started = await circles.Create(new("Feministisk ekonomi", members[9].Name, "Bokcirkel om feministisk ekonomi; fler deltagare sökes."), ct);
        await circles.AddParticipant(started.Id, new(members[11].Name, 1995, members[11].MemberId), ct);
        await circles.AddParticipant(started.Id, new("Elvira (dotter till en medlem)", year - 12, null), ct);
        await circles.AddSession(started.Id, new(seed.Today.AddDays(-7), new TimeOnly(18, 0), new TimeOnly(21, 15), null), ct);
        await circles.AddSession(started.Id, new(seed.Today.AddDays(7), new TimeOnly(18, 0), new TimeOnly(20, 0), null), ct);
    }

    /// <summary>Älvsjö-Hägersten: its chair, as the board announced them, has not taken the leadership training.</summary>
    private static async Task Chairs(DemoSeed seed, CancellationToken ct, int withTraining)
    {
        var members = await Register(seed, ct);
        if (members.Count <= withTraining) return;
        var db = seed.Services.GetRequiredService<StudiesDbContext>();
        db.Roles.Add(new HeldRole { Id = Guid.NewGuid(), MemberId = members[withTraining].MemberId, Role = BoardFunctions.Chair, From = new DateOnly(seed.Today.Year, 3, 1) });
        await db.SaveChangesAsync(ct);
    }

    private static async Task<IReadOnlyList<MemberCard>> Register(DemoSeed seed, CancellationToken ct) =>
        // Every seventh member in the register's order, so the demo's people are not all namesakes.
        seed.Services.GetService<IMemberDirectory>() is { } directory ? (await directory.Search("", 200, ct)).Where((_, i) => i % 7 == 0).ToList() : [];
}
