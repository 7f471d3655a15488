using System.Globalization;

namespace Federation.Studies.Domain;

/// <summary>
/// ABF's rules for reporting a study circle: at least 3 participants besides the leader, counted from the year
/// they turn 13; at least 3 sessions; at least 9 study hours in all; at most 4 study hours in one session; a study
/// hour is 45 minutes. Each broken rule is named in Swedish with its figure, as ABF's form would refuse it.
/// </summary>
internal static class AbfRules
{
    public const int MinParticipants = 3;
    public const int MinAge = 13;
    public const int MinSessions = 3;
    public const decimal MinStudyHours = 9;
    public const decimal MaxStudyHoursPerSession = 4;
    public const int MinutesPerStudyHour = 45;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static decimal StudyHours(TimeOnly start, TimeOnly end) => (decimal)(end - start).TotalMinutes / MinutesPerStudyHour;

    /// <summary>The circle's year: that of its first session (or <paramref name="fallbackYear"/> before any is planned).</summary>
    public static int Year(IReadOnlyList<CircleSession> sessions, int fallbackYear) =>
        sessions.Count == 0 ? fallbackYear : sessions.Min(s => s.Date).Year;

    public static bool Counts(CircleParticipant participant, int year) => year - participant.BirthYear >= MinAge;

    public static IReadOnlyList<string> Problems(IReadOnlyList<CircleParticipant> participants, IReadOnlyList<CircleSession> sessions, int fallbackYear)
    {
        var problems = new List<string>();
        var year = Year(sessions, fallbackYear);
        var counted = participants.Count(p => Counts(p, year));
        if (counted < MinParticipants)
        {
            var younger = participants.Count - counted;
            problems.Add($"{counted} deltagare, minst {MinParticipants} krävs"
                + (younger > 0 ? $" ({younger} under {MinAge} år räknas inte)" : ""));
        }
        if (sessions.Count < MinSessions)
            problems.Add($"{sessions.Count} {(sessions.Count == 1 ? "sammankomst" : "sammankomster")}, minst {MinSessions} krävs");
        var hours = sessions.Sum(s => s.StudyHours);
        if (hours < MinStudyHours)
            problems.Add($"{Hours(hours)} studietimmar, minst {Hours(MinStudyHours)} krävs");
        foreach (var session in sessions.Where(s => s.StudyHours > MaxStudyHoursPerSession).OrderBy(s => s.Date))
            problems.Add($"Sammankomsten {session.Date.ToString("d MMMM yyyy", Swedish)}: {Hours(session.StudyHours)} studietimmar, högst {Hours(MaxStudyHoursPerSession)} tillåts");
        return problems;
    }

    public static string Hours(decimal hours) => hours.ToString("0.##", Swedish);
}
