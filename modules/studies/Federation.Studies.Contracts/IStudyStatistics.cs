namespace Federation.Studies.Contracts;

/// <summary>
/// What other modules (the activity plan) may read of the current association's studies. The seeds ask
/// "Minst hälften av våra inbjudna föreläsare ska vara kvinnor" (Solna 2020 and 2024) and for occasions of
/// feminist self-defence and groups for men each year (the district's plans). Resolve it as optional:
/// where studies is off there is nothing to count.
/// </summary>
public interface IStudyStatistics
{
    /// <summary>Invited lecturers at the association's occasions that start in <paramref name="year"/>, by gender category.</summary>
    Task<LecturerShare> InvitedLecturers(int year, CancellationToken cancellationToken = default);

    /// <summary>The association's occasions of a course kind (a <see cref="CourseKinds"/> id) that start in <paramref name="year"/>, cancelled ones not counted.</summary>
    Task<int> Occasions(string courseKind, int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// The people holding a role that a required training (an <c>IRequiredTraining</c> requirement id) names on
    /// <paramref name="asOf"/>, and how many of them have completed its kind of course ("alla våra föreningsordföranden och
    /// gruppledare ska ha gått ledarskapsutbildningen", seed 003): in the district, every association's with studies on;
    /// elsewhere the current association's. A person in two such roles counts once.
    /// </summary>
    Task<TrainedShare> Trained(string requirementId, DateOnly asOf, CancellationToken cancellationToken = default);
}

/// <summary>Of <see cref="Holders"/> people in the roles, <see cref="Trained"/> have completed the course.</summary>
public sealed record TrainedShare(int Holders, int Trained)
{
    /// <summary>0–1; null when nobody holds the roles.</summary>
    public double? Share => Holders == 0 ? null : (double)Trained / Holders;
}

/// <summary>Invited lecturers counted per <see cref="Gender"/> category (every category present).</summary>
public sealed record LecturerShare(int Year, int Invited, IReadOnlyDictionary<string, int> ByGender)
{
    /// <summary>The share of women among the invited lecturers, 0–1; null when nobody was invited.</summary>
    public double? Women => Invited == 0 ? null : (double)ByGender[Gender.Woman] / Invited;
}
