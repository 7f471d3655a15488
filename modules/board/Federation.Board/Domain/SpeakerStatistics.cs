namespace Federation.Board.Domain;

/// <summary>One gender's line in the speaker statistics (talarstatistik).</summary>
internal sealed record GenderLine(
    string Gender,
    int Speakers,
    int Contributions,
    int Seconds,
    decimal? ShareOfSpeakers,
    decimal? ShareOfTime,
    decimal? ShareOfMembers);

/// <summary>Speakers, contributions and speaking time by gender, against the members' shares by gender.</summary>
internal sealed record SpeakerStatistics(int Speakers, int Contributions, int Seconds, IReadOnlyList<GenderLine> Lines)
{
    /// <summary>
    /// Counts contributions that were held (started): a zero-second one counts as a contribution with no time;
    /// one still waiting does not count. A speaker is a member (by id) or a guest (by name, case-insensitive);
    /// replies and points of order count like speeches. Shares are percentages with one decimal, null when
    /// there is nothing to divide by (no time spoken, or no member register).
    /// </summary>
    public static SpeakerStatistics Of(IEnumerable<Contribution> contributions, IReadOnlyDictionary<string, int>? membersByGender)
    {
        var held = contributions.Where(c => c.StartedAt is not null).ToList();
        var speakerGender = held
            .GroupBy(SpeakerKey)
            .Select(g => g.OrderBy(c => c.StartedAt).Last().Gender)
            .ToList();
        var totalSeconds = held.Sum(c => c.Seconds);
        var totalMembers = membersByGender?.Values.Sum() ?? 0;
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
                membersByGender is null ? null : Percent(membersByGender.GetValueOrDefault(gender), totalMembers));
        }).ToList();
        return new(speakerGender.Count, held.Count, totalSeconds, lines);
    }

    public GenderLine Line(string gender) => Lines.Single(l => l.Gender == gender);

    private static string SpeakerKey(Contribution c) =>
        c.MemberId is { } id ? id.ToString() : "guest:" + c.Name.Trim().ToLowerInvariant();

    private static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
