namespace Federation.Studies.Tests;

/// <summary>The studies API as tests call it.</summary>
internal static class Studies
{
    public static string Api(string association) => $"/api/associations/{association}/studies";

    public static async Task<CourseDto> Course(this HttpClient organiser, string association, string title = "Ledarskapsutbildningen", string kind = "leadership")
    {
        var response = await organiser.PostAsJsonAsync($"{Api(association)}/courses", new { title, kind, audience = "chairs-and-group-leaders", description = "Två kvällar." });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CourseDto>())!;
    }

    /// <summary>An occasion with one session per start (local time), each two hours.</summary>
    public static async Task<OccasionDto> Occasion(this HttpClient organiser, string association, Guid course, int? capacity, params DateTime[] starts)
    {
        var response = await organiser.PostAsJsonAsync($"{Api(association)}/courses/{course}/occasions", new
        {
            place = "Kungsgatan 84", capacity,
            sessions = starts.Select(s => new { start = s, end = s.AddHours(2) }),
            lecturers = new[] { new { name = "Maria Holm", gender = "woman", invited = true } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OccasionDto>())!;
    }

    public static Task<HttpResponseMessage> SignUp(this HttpClient client, string association, Guid occasion, Guid? memberId = null) =>
        client.PostAsJsonAsync($"{Api(association)}/occasions/{occasion}/signups", new { memberId });

    public static async Task<List<RosterDto>> Roster(this HttpClient organiser, string association, Guid occasion) =>
        (await organiser.GetFromJsonAsync<List<RosterDto>>($"{Api(association)}/occasions/{occasion}/signups"))!;

    public static async Task<string> Problems(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return await response.Content.ReadAsStringAsync();
    }
}

internal sealed record PageOf<T>(List<T> Items, int PageNumber, int PageSize, int Total);

internal sealed record CourseDto(Guid Id, string Owner, bool District, string Title, string Kind, string Audience, string? Description);

internal sealed record SessionDto(Guid Id, DateTime Start, DateTime End);

internal sealed record OccasionDto(Guid Id, CourseDto Course, string Owner, string? Place, int? Capacity, DateTime Start, DateTime End, bool Cancelled,
    List<SessionDto> Sessions, int Confirmed, int Waiting, int? PlacesLeft);

internal sealed record RosterDto(Guid SignUpId, string Association, Guid MemberId, string Name, int Position, string Status, int? WaitingNumber,
    List<Guid> AttendedSessions, bool Completed);

internal sealed record CircleDto(Guid Id, string Title, string Leader, DateOnly? ReportedOn, int Year, decimal StudyHours,
    List<ParticipantDto> Participants, List<CircleSessionDto> Sessions, List<string> AbfProblems);

internal sealed record ParticipantDto(Guid Id, string Name, int BirthYear, bool CountsForAbf);

internal sealed record CircleSessionDto(Guid Id, DateOnly Date, decimal StudyHours, List<Guid> Present);

internal sealed record CircleSummaryDto(Guid Id, string Title, int Participants, int Sessions, decimal StudyHours, bool DueForReport, List<string> AbfProblems);

internal sealed record ComplianceDto(string Association, string Requirement, Guid MemberId, string Name, string Role, bool Complies, DateOnly? CompletedOn);
