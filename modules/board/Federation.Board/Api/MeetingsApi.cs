using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Federation.Board.Domain;
using Federation.Extensions;
using Federation.Platform.Web;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Board.Api;

/// <summary>Meetings, their live speaker lists (events for phones and the projector) and the speaker statistics (talarstatistik).</summary>
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

        meetings.MapGet("/{meetingId}/speakers", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () => Results.Ok((await speakers.List(meetingId, ct)).Select(ContributionView.From))))
            .WithName("GetSpeakerList");

        meetings.MapPost("/{meetingId}/speakers", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, NewSpeaker input, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () => Results.Created($"meetings/{meetingId}/speakers",
                ContributionView.From(await speakers.AddSpeaker(meetingId, input.MemberId, input.Name, input.Gender, input.Type, ct: ct)))))
            .WithName("AddSpeaker");
        meetings.MapDelete("/{meetingId}/speakers/{contributionId}", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, Guid contributionId, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () =>
            {
                await speakers.Withdraw(meetingId, contributionId, requestedBy: null, ct);
                return Results.NoContent();
            }))
            .WithName("WithdrawSpeaker");

        meetings.MapPost("/{meetingId}/speakers/start", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () => Current(await speakers.Start(meetingId, ct))))
            .WithName("StartSpeaker");
        meetings.MapPost("/{meetingId}/speakers/stop", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () => Current(await speakers.Stop(meetingId, ct))))
            .WithName("StopSpeaker");
        meetings.MapPost("/{meetingId}/speakers/next", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () => Current(await speakers.Next(meetingId, ct))))
            .WithName("NextSpeaker");
        meetings.MapPut("/{meetingId}/speakers/limit", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, SpeechLimit input, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () =>
            {
                await speakers.SetLimit(meetingId, input.Seconds, ct);
                return Results.NoContent();
            }))
            .WithName("SetSpeechLimit");
        meetings.MapPost("/{meetingId}/speaker-code", async (SpeakerStatisticsService lookup, SpeakerListService speakers, Guid meetingId, CancellationToken ct) =>
            await Known(lookup, meetingId, ct, async () => Results.Ok(new SpeakerCode(await speakers.Code(meetingId, ct)))))
            .WithName("GetSpeakerCode");

        // Phones and the projector follow a meeting with its code alone (no account): the code is the credential.
        association.MapGet("/speaker-lists/{code}/events", async (SpeakerListService speakers, SpeakerLive live, AssociationContext current,
            string code, string? view, CancellationToken ct) =>
            {
                if (await speakers.FindByCode(code, ct) is not { } meeting) return Results.NotFound();
                var subscription = live.Subscribe(current.Required.Id, meeting.Id);
                if (!subscription.Primed) await speakers.Publish(meeting.Id, ct);
                return TypedResults.ServerSentEvents(Frames(subscription, SpeakerViews.All.Contains(view) ? view! : SpeakerViews.Phone, Text.IsEnglish, ct));
            })
            .AllowAnonymous().ExcludeFromDescription();

        meetings.MapGet("/{meetingId}/statistics", async (SpeakerStatisticsService service, Guid meetingId, CancellationToken ct) =>
            await service.FindMeeting(meetingId, ct) is null ? Results.NotFound() : Results.Ok(await service.ForMeeting(meetingId, ct)))
            .WithName("GetMeetingSpeakerStatistics");

        var statistics = association.MapGroup("/speaker-statistics").WithMetadata(new RequiresRoleAttribute(AssociationRole.Member));
        statistics.MapGet("/{year}", async (SpeakerStatisticsService service, TimeProvider clock, string year, CancellationToken ct) =>
            await PlansApi.Guarded(year, async y =>
            {
                var stats = await service.ForYear(y, ct);
                var required = await service.RequiredMeetingsWithStatistics(y, Stockholm.Today(clock), ct);
                return Results.Ok(new YearStatistics(y, stats.Meetings, stats.MeetingsWithAttendance, stats.Statistics,
                    stats.Band, stats.EvenSpeakers, stats.EvenTime, required.Where(r => !r.HasStatistics).Select(r => MeetingView.From(r.Meeting)).ToList()));
            })).WithName("GetSpeakerStatistics");
        statistics.MapGet("/{year}/chart.svg", async (SpeakerStatisticsService service, string year, CancellationToken ct) =>
            await PlansApi.Guarded(year, async y =>
                Results.Text(SpeakerChart.Svg((await service.ForYear(y, ct)).Statistics), "image/svg+xml")))
            .WithName("GetSpeakerStatisticsChart");
    }

    /// <summary>404 for a meeting the association does not have; otherwise the action, its validation errors as 400.</summary>
    private static async Task<IResult> Known(SpeakerStatisticsService meetings, Guid meetingId, CancellationToken ct, Func<Task<IResult>> action) =>
        await meetings.FindMeeting(meetingId, ct) is null ? Results.NotFound() : await BoardApi.Guarded(action);

    private static IResult Current(Contribution? c) => c is null ? Results.NoContent() : Results.Ok(ContributionView.From(c));

    /// <summary>How long a quiet connection waits before a ping, so proxies and phones keep it open.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    /// <summary>Each new state of the list as one "board" event (its version as the id), and a "ping" when nothing happens.</summary>
    private static async IAsyncEnumerable<SseItem<string>> Frames(SpeakerLive.Subscription subscription, string view, bool english,
        [EnumeratorCancellation] CancellationToken ct)
    {
        using (subscription)
        {
            while (!ct.IsCancellationRequested)
            {
                var frame = await NextFrame(subscription, ct);
                if (ct.IsCancellationRequested) yield break;
                yield return frame is null ? new SseItem<string>("", "ping")
                    : new SseItem<string>(frame.For(view, english), "board") { EventId = frame.Version.ToString(CultureInfo.InvariantCulture) };
            }
        }
    }

    private static async Task<SpeakerFrame?> NextFrame(SpeakerLive.Subscription subscription, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(KeepAlive);
        try { return await subscription.Frames.ReadAsync(wait.Token); }
        catch (OperationCanceledException) { return null; }
    }
}

internal sealed record NewMeeting(string? Kind, string? Title, DateOnly? Date);
internal sealed record NewSpeaker(Guid? MemberId, string? Name, string? Gender, string? Type);
internal sealed record SpeechLimit(int? Seconds);
internal sealed record SpeakerCode(string Code);

internal sealed record MeetingView(Guid Id, string Kind, string Title, DateOnly Date, Guid? ActivityId)
{
    public static MeetingView From(Meeting m) => new(m.Id, m.Kind, m.Title, m.Date, m.ActivityId);
}

internal sealed record ContributionView(Guid Id, int Number, string Name, string Gender, string Type, string State, int Seconds)
{
    public static ContributionView From(Contribution c) =>
        new(c.Id, c.Number, c.Name, c.Gender, c.Type, c.Waiting ? "waiting" : c.Speaking ? "speaking" : "done", c.Seconds);
}

/// <summary>
/// A year's statistics against those present, whether the women's share of speakers and of speaking time is within the
/// band (null before anyone spoke), and the meetings its rules required them at that lack them.
/// </summary>
internal sealed record YearStatistics(int Year, int MeetingsWithStatistics, int MeetingsWithAttendance, SpeakerStatistics Statistics,
    EvenBand Band, bool? EvenSpeakers, bool? EvenTime, IReadOnlyList<MeetingView> MeetingsLackingStatistics);
