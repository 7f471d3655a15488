using Federation.Communications.Domain;
using Federation.Communications.Letters;
using Federation.Communications.Media;
using Federation.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Demo;

/// <summary>
/// The demo's communications: the seeds' newsletter series (Solna 2024: "På gång i föreningen", "Nytt i
/// Solnapolitiken", "Tips inför…"), this semester's printed letter in Solna and this year's media log so far, so the
/// statistics and the activity plan have data.
/// Nothing is sent: the demo has no mail server.
/// </summary>
internal static class DemoCommunications
{
    private static readonly (string Kind, string Outlet)[] Outlets =
    [
        (MediaKinds.Local, "Mitt i Solna"), (MediaKinds.Local, "Solna Stad & Liv"), (MediaKinds.Regional, "Dagens Nyheter Stockholm"),
        (MediaKinds.TradePress, "Kommunalarbetaren"), (MediaKinds.Social, "Instagram"),
    ];

    public static async Task Seed(DemoSeed seed, CancellationToken ct)
    {
        var newsletters = seed.Services.GetRequiredService<Newsletters>();
        if (seed.Association.IsDistrict)
        {
            await newsletters.AddSeries("Nytt från distriktet", "monthly", "Distriktets nyhetsbrev till alla medlemmar.", ct);
            return;
        }
        await newsletters.AddSeries("På gång i föreningen", "monthly", "Kommande aktiviteter och möten.", ct);
        if (seed.Association.Id == "solna")
        {
            await newsletters.AddSeries("Nytt i Solnapolitiken", "monthly", "Vad som händer i kommunfullmäktige.", ct);
            await newsletters.AddSeries("Tips inför…", "before-member-meeting", "Inför medlemsmöten och större aktiviteter.", ct);
            // This semester's printed member letter ("ett fysiskt medlemsblad per termin"): the plan counts it from here.
            var semester = $"{seed.Today.Year} {(seed.Today.Month <= 6 ? "VT" : "HT")}";
            await seed.Services.GetRequiredService<PrintedLetters>().Create(semester, "Medlemsbladet {{förening}}",
                "Hej {{förnamn}}!\n\nHär är terminens medlemsblad för dig som inte får våra mejl.\n\n{{#om aktiviteter}}## På gång\n\n{{aktiviteter}}{{/om}}", ct);
        }
        var media = seed.Services.GetRequiredService<MediaLog>();
        var random = new Random(seed.RandomSeed);
        for (var day = new DateOnly(seed.Today.Year, 1, 10); day < seed.Today; day = day.AddDays(random.Next(6, 12)))
        {
            var (kind, outlet) = Outlets[random.Next(Outlets.Length)];
            await media.Add(new NewAppearance(day, kind, outlet, "Vänsterpartiet i Solna", null, null,
                random.Next(0, 3), random.Next(0, 2), 0, 0), ct);
        }
    }
}
