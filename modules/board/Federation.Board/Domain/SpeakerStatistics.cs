using Federation.Extensions;

namespace Federation.Board.Domain;

/// <summary>One gender's line in the speaker statistics (talarstatistik).</summary>
internal sealed record GenderLine(
    string Gender,
    int Speakers,
    int Contributions,
    int Seconds,
    decimal? ShareOfSpeakers,
    decimal? ShareOfTime,
    decimal? ShareOfMembers,
    decimal? ShareOfPresent = null);

/// <summary>Speakers, contributions and speaking time by gender, against the shares of the members and of those present.</summary>
internal sealed record SpeakerStatistics(int Speakers, int Contributions, int Seconds, IReadOnlyList<GenderLine> Lines)
{
    /// <summary>
    /// Counts contributions that were held (started): a zero-second one counts as a contribution with no time;
    /// one still waiting does not count. A speaker is a member (by id) or a guest (by name, case-insensitive);
    /// replies and points of order count like speeches. The gender is the one recorded when the contribution was
    /// asked for. Shares are percentages with one decimal, null when there is nothing to divide by (no time spoken,
    /// no member register, no attendance taken).
    /// </summary>
    public static SpeakerStatistics Of(IEnumerable<Contribution> contributions, IReadOnlyDictionary<string, int>? membersByGender,
        IReadOnlyDictionary<string, int>? presentByGender = null)
    {
        var held = contributions.Where(c => c.StartedAt is not null).ToList();
        var speakerGender = held
            .GroupBy(c => c.SpeakerKey)
            .Select(g => g.OrderBy(c => c.StartedAt).Last().Gender)
            .ToList();
        var totalSeconds = held.Sum(c => c.Seconds);
        var totalMembers = membersByGender?.Values.Sum() ?? 0;
        var totalPresent = presentByGender?.Values.Sum() ?? 0;
        var lines = Gender.All.Select(gender =>
        {
            var speakers = speakerGender.Count(g => g == gender);
            var seconds = held.Where(c => c.Gender == gender).Sum(c => c.Seconds);
            return new GenderLine(
                gender,
                speakers,
                held.Count(c => c.Gender == gender),
                seconds,
                Percent(speakers, speakerGender.Count),
                Percent(seconds, totalSeconds),
                membersByGender is null ? null : Percent(membersByGender.GetValueOrDefault(gender), totalMembers),
                presentByGender is null ? null : Percent(presentByGender.GetValueOrDefault(gender), totalPresent));
        }).ToList();
        return new(speakerGender.Count, held.Count, totalSeconds, lines);
    }

    public GenderLine Line(string gender) => Lines.Single(l => l.Gender == gender);

    /// <summary>Whether the women's share of the speakers lies within the band, both ways; null before anyone spoke.</summary>
    public bool? EvenSpeakers(EvenBand band) => Within(Line(Gender.Woman).ShareOfSpeakers, band);

    /// <summary>Whether the women's share of the speaking time lies within the band; null before any time was spoken.</summary>
    public bool? EvenTime(EvenBand band) => Within(Line(Gender.Woman).ShareOfTime, band);

    private static bool? Within(decimal? share, EvenBand band) =>
        share is { } s ? s >= band.LowestWomenShare && s <= band.HighestWomenShare : null;

    private static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// A year's speaker statistics: over the <paramref name="Meetings"/> where someone held the floor, against those present at
/// them (the <paramref name="MeetingsWithAttendance"/> whose minutes list the attendance), judged by the year's band.
/// </summary>
internal sealed record YearSpeakerStatistics(int Year, SpeakerStatistics Statistics, int Meetings, int MeetingsWithAttendance, EvenBand Band)
{
    public bool? EvenSpeakers => Statistics.EvenSpeakers(Band);
    public bool? EvenTime => Statistics.EvenTime(Band);
}
