using System.Globalization;
using System.Text;
using Federation.Platform.Web;
using Federation.Studies.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Studies.Api;

internal sealed record CircleView(
    Guid Id, string Title, string Leader, string? Description, DateOnly? ReportedOn, int Year, decimal StudyHours,
    IReadOnlyList<ParticipantView> Participants, IReadOnlyList<CircleSessionView> Sessions, IReadOnlyList<string> AbfProblems)
{
    public static CircleView Of(CircleDetail d) => new(d.Circle.Id, d.Circle.Title, d.Circle.Leader, d.Circle.Description, d.Circle.ReportedOn, d.Year,
        d.Sessions.Sum(s => s.StudyHours),
        d.Participants.Select(p => new ParticipantView(p.Id, p.Name, p.BirthYear, p.MemberId, AbfRules.Counts(p, d.Year))).ToList(),
        d.Sessions.Select(s => new CircleSessionView(s.Id, s.Date, s.Start, s.End, s.StudyHours, d.PresentBySession[s.Id].ToList())).ToList(),
        d.AbfProblems);
}

internal sealed record ParticipantView(Guid Id, string Name, int BirthYear, Guid? MemberId, bool CountsForAbf);

internal sealed record CircleSessionView(Guid Id, DateOnly Date, TimeOnly? Start, TimeOnly? End, decimal StudyHours, IReadOnlyList<Guid> Present);

internal sealed record CircleAttendanceInput(IReadOnlyList<Guid>? Present);

/// <summary>Study circles with ABF (organisers only): each with <c>abfProblems</c>, the rules it fails in Swedish (empty when it can be reported).</summary>
internal static class CirclesApi
{
    public static void Map(IEndpointRouteBuilder studies)
    {
        var circles = studies.MapGroup("/circles").WithMetadata(StudiesApi.Organiser);

        circles.MapGet("", async (Circles service, bool? due, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await service.List(due ?? false, p, size, ct);
            return new Page<CircleSummary>(items, p, size, total);
        }).WithName("ListStudyCircles");

        circles.MapPost("", (Circles service, CircleInput input, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            var circle = await service.Create(input, ct);
            return Results.Created($"circles/{circle.Id}", CircleView.Of((await service.Detail(circle.Id, ct))!));
        })).WithName("CreateStudyCircle");

        circles.MapGet("/{id:guid}", async (Guid id, Circles service, CancellationToken ct) =>
            await service.Detail(id, ct) is { } d ? Results.Ok(CircleView.Of(d)) : Results.NotFound()).WithName("GetStudyCircle");

        circles.MapPost("/{id:guid}/participants", (Guid id, Circles service, ParticipantInput input, CancellationToken ct) =>
            Changed(id, service, () => service.AddParticipant(id, input, ct), ct)).WithName("AddCircleParticipant");

        circles.MapDelete("/{id:guid}/participants/{participantId:guid}", (Guid id, Guid participantId, Circles service, CancellationToken ct) =>
            Changed(id, service, () => service.RemoveParticipant(id, participantId, ct), ct)).WithName("RemoveCircleParticipant");

        circles.MapPost("/{id:guid}/sessions", (Guid id, Circles service, CircleSessionInput input, CancellationToken ct) =>
            Changed(id, service, () => service.AddSession(id, input, ct), ct)).WithName("AddCircleSession");

        circles.MapDelete("/{id:guid}/sessions/{sessionId:guid}", (Guid id, Guid sessionId, Circles service, CancellationToken ct) =>
            Changed(id, service, () => service.RemoveSession(id, sessionId, ct), ct)).WithName("RemoveCircleSession");

        circles.MapPut("/{id:guid}/sessions/{sessionId:guid}/attendance", (Guid id, Guid sessionId, Circles service, CircleAttendanceInput input, CancellationToken ct) =>
            Changed(id, service, () => service.RecordAttendance(id, sessionId, input.Present ?? [], ct), ct)).WithName("RecordCircleAttendance");

        circles.MapPost("/{id:guid}/report", (Guid id, Circles service, CancellationToken ct) =>
            Changed(id, service, () => service.Report(id, ct), ct)).WithName("ReportStudyCircle");

        circles.MapGet("/{id:guid}/report.csv", async (Guid id, Circles service, CancellationToken ct) =>
            await service.Detail(id, ct) is { } d
                ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AttendanceCsv(d))).ToArray(), "text/csv; charset=utf-8", $"abf-narvaro-{d.Circle.Title}.csv")
                : Results.NotFound()).WithName("StudyCircleReportCsv");
    }

    private static Task<IResult> Changed(Guid id, Circles service, Func<Task> change, CancellationToken ct) => StudiesApi.Run(async () =>
    {
        await change();
        return Results.Ok(CircleView.Of((await service.Detail(id, ct))!));
    });

    /// <summary>ABF's attendance list: one row per participant, one column per session (date and study hours), X where present; semicolons as Swedish Excel expects.</summary>
    public static string AttendanceCsv(CircleDetail d)
    {
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        static string Cell(string s)
        {
            s = SpreadsheetText.Neutral(s)!; // names are typed by people: a formula stays text
            return s.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{s.Replace("\"", "\"\"")}\"" : s;
        }
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(";", new[] { "Deltagare", "Födelseår" }.Concat(d.Sessions.Select(s => $"{s.Date:yyyy-MM-dd} ({AbfRules.Hours(s.StudyHours)} h)"))));
        csv.AppendLine(string.Join(";", new[] { Cell($"Cirkelledare: {d.Circle.Leader}"), "" }.Concat(d.Sessions.Select(_ => "X"))));
        foreach (var p in d.Participants)
            csv.AppendLine(string.Join(";", new[] { Cell(p.Name), p.BirthYear.ToString(sv) }.Concat(d.Sessions.Select(s => d.PresentBySession[s.Id].Contains(p.Id) ? "X" : ""))));
        csv.AppendLine(string.Join(";", new[] { "Studietimmar", AbfRules.Hours(d.Sessions.Sum(s => s.StudyHours)) }.Concat(d.Sessions.Select(s => AbfRules.Hours(s.StudyHours)))));
        return csv.ToString();
    }
}
