using Federation.Extensions;

namespace Federation.Plugins.Storstockholm;

/// <summary>The district's own events its plans expect at a time of year, besides the district-wide days.</summary>
public sealed class DistrictEvents : IExpectedActivities
{
    public IReadOnlyList<ExpectedActivity> In(int year)
    {
        var events = new List<ExpectedActivity>();
        // Seed 003 (2023–2025), "Kunskapsutveckla": a summer camp, so June–August.
        if (year is >= 2023 and <= 2025)
            events.Add(new("sommarvanstern", new("Sommarvänsterns läger", "The Summer Left camp"),
                new("003_add3bdb3394f93c0.txt", "Arrangera Sommarvänsterns läger."), new(year, 6, 1), new(year, 8, 31), TitleContains: "Sommarvänstern"));
        // Seed 004, "VALÅRET 2026": after election day (13 September 2026) the district welcomes the new members.
        if (year == 2026)
            events.Add(new("nya-medlemmar-efter-valet", new("Träff för nya medlemmar efter valet", "Meeting for new members after the election"),
                new("004_ed046f0af08df93d.txt", "Vi behöver både tacka väljare och erbjuda dem att bli medlemmar i vårt parti. Distriktet ska också anordna träffar för nya medlemmar."),
                new(2026, 9, 14), new(2026, 12, 31), ActivityTypes.NewMemberMeeting));
        return events;
    }
}
