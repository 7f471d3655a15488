using Federation.Board.Domain;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Board.Api;

/// <summary>Meetings, their speaker lists and the speaker statistics (talarstatistik).</summary>
internal static class MeetingsApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var meetings = association.MapGroup("/meetings").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer));

        meetings.MapPost("", async (SpeakerStatisticsService service, NewMeeting input, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var m = await service.CreateMeeting(input.Kind, input.Title, input.Date, null, ct);
                return Results.Created($"meetings/{m.Id}", MeetingView.From(m));
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("CreateMeeting");

        meetings.MapGet("/{meetingId}/speakers", async (SpeakerStatisticsService service, Guid meetingId, CancellationToken ct) =>
            await service.FindMeeting(meetingId, ct) is null
                ? Results.NotFound()
                : Results.Ok((await service.List(meetingId, ct)).Select(ContributionView.From)))
            .WithName("GetSpeakerList");

        meetings.MapPost("/{meetingId}/speakers", async (SpeakerStatisticsService service, Guid meetingId, NewSpeaker input, CancellationToken ct) =>
            await BoardApi.Guarded(async () => Results.Created($"meetings/{meetingId}/speakers",
                ContributionView.From(await service.AddSpeaker(meetingId, input.MemberId, input.Name, input.Gender, input.Type, ct)))))
            .WithName("AddSpeaker");

        meetings.MapPost("/{meetingId}/speakers/start", async (SpeakerStatisticsService service, Guid meetingId, CancellationToken ct) =>
            await service.FindMeeting(meetingId, ct) is null ? Results.NotFound() : Current(await service.Start(meetingId, ct)))
            .WithName("StartSpeaker");
        meetings.MapPost("/{meetingId}/speakers/stop", async (SpeakerStatisticsService service, Guid meetingId, CancellationToken ct) =>
            await service.FindMeeting(meetingId, ct) is null ? Results.NotFound() : Current(await service.Stop(meetingId, ct)))
            .WithName("StopSpeaker");
        meetings.MapPost("/{meetingId}/speakers/next", async (SpeakerStatisticsService service, Guid meetingId, CancellationToken ct) =>
            await service.FindMeeting(meetingId, ct) is null ? Results.NotFound() : Current(await service.Next(meetingId, ct)))
            .WithName("NextSpeaker");

        meetings.MapGet("/{meetingId}/statistics", async (SpeakerStatisticsService service, Guid meetingId, CancellationToken ct) =>
            await service.FindMeeting(meetingId, ct) is null ? Results.NotFound() : Results.Ok(await service.ForMeeting(meetingId, ct)))
            .WithName("GetMeetingSpeakerStatistics");

        var statistics = association.MapGroup("/speaker-statistics").WithMetadata(new RequiresRoleAttribute(AssociationRole.Member));
        statistics.MapGet("/{year}", async (SpeakerStatisticsService service, TimeProvider clock, string year, CancellationToken ct) =>
            await PlansApi.Guarded(year, async y =>
            {
                var (stats, count) = await service.ForYear(y, ct);
                var required = await service.RequiredMeetingsWithStatistics(y, Stockholm.Today(clock), ct);
                return Results.Ok(new YearStatistics(y, count, stats,
                    required.Where(r => !r.HasStatistics).Select(r => MeetingView.From(r.Meeting)).ToList()));
            })).WithName("GetSpeakerStatistics");
        statistics.MapGet("/{year}/chart.svg", async (SpeakerStatisticsService service, string year, CancellationToken ct) =>
            await PlansApi.Guarded(year, async y =>
                Results.Text(SpeakerChart.Svg((await service.ForYear(y, ct)).Statistics), "image/svg+xml")))
            .WithName("GetSpeakerStatisticsChart");
    }

    private static IResult Current(Contribution? c) => c is null ? Results.NoContent() : Results.Ok(ContributionView.From(c));
}

internal sealed record NewMeeting(string? Kind, string? Title, DateOnly? Date);
internal sealed record NewSpeaker(Guid? MemberId, string? Name, string? Gender, string? Type);

internal sealed record MeetingView(Guid Id, string Kind, string Title, DateOnly Date, Guid? ActivityId)
{
    public static MeetingView From(Meeting m) => new(m.Id, m.Kind, m.Title, m.Date, m.ActivityId);
}

internal sealed record ContributionView(Guid Id, int Number, string Name, string Gender, string Type, string State, int Seconds)
{
    public static ContributionView From(Contribution c) =>
        new(c.Id, c.Number, c.Name, c.Gender, c.Type, c.Waiting ? "waiting" : c.Speaking ? "speaking" : "done", c.Seconds);
}

/// <summary>A year's statistics and the meetings its rules required them at that lack them.</summary>
internal sealed record YearStatistics(int Year, int MeetingsWithStatistics, SpeakerStatistics Statistics, IReadOnlyList<MeetingView> MeetingsLackingStatistics);
