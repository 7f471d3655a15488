using System.Net;
using System.Net.Http.Json;

namespace Federation.Security.Tests;

/// <summary>Issue 15, item 1: capacity, waiting-list order and speaker order hold when 50 requests arrive at once.</summary>
public sealed class ConcurrencyTests
{
    private const int AtOnce = 50;

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Fifty_simultaneous_sign_ups_for_five_places_confirm_five_and_queue_the_rest_in_distinct_positions(string engine)
    {
        await using var started = await Engines.Start(engine);
        var host = started.Host;
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var created = await board.PostAsJsonAsync("/api/associations/solna/activities", new
        {
            type = "member-meeting", title = "Medlemsmöte", start = "2027-02-10T18:30", end = "2027-02-10T20:30", place = "ABF", maxParticipants = 5,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var activity = (await created.Content.ReadFromJsonAsync<Created>())!.Id;

        var members = Enumerable.Range(0, AtOnce).Select(_ => Guid.NewGuid()).ToList();
        var answers = await Task.WhenAll(members.Select(m =>
            board.PostAsJsonAsync($"/api/associations/solna/activities/{activity}/signups", new { memberId = m })));
        answers.Select(a => a.StatusCode).Distinct().ShouldBe([HttpStatusCode.OK]);

        var list = (await board.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{activity}/signups"))!;
        list.Count.ShouldBe(AtOnce);
        list.Count(s => s.Status == "confirmed").ShouldBe(5);
        list.Select(s => s.Position).Order().ShouldBe(Enumerable.Range(1, AtOnce), "one position each, no gaps");
        list.Where(s => s.Status == "confirmed").Max(s => s.Position).ShouldBeLessThan(
            list.Where(s => s.Status == "waiting").Min(s => s.Position), "the first five in line got the places");

        // Cancelling confirmed places at once promotes as many from the waiting list, first in line first.
        var confirmed = list.Where(s => s.Status == "confirmed").Take(3).ToList();
        await Task.WhenAll(confirmed.Select(s => board.DeleteAsync($"/api/associations/solna/activities/{activity}/signups/{s.MemberId}")));
        var after = (await board.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{activity}/signups"))!;
        after.Count(s => s.Status == "confirmed").ShouldBe(5);
        after.Where(s => s.Status == "confirmed").Select(s => s.Position).Max().ShouldBe(8, "positions 6, 7 and 8 moved up");
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Fifty_simultaneous_speaker_requests_get_fifty_distinct_numbers(string engine)
    {
        await using var started = await Engines.Start(engine);
        var host = started.Host;
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var meeting = await board.PostAsJsonAsync("/api/associations/solna/meetings", new { kind = "member-meeting", title = "Medlemsmöte", date = "2027-02-10" });
        meeting.StatusCode.ShouldBe(HttpStatusCode.Created, await meeting.Content.ReadAsStringAsync());
        var id = (await meeting.Content.ReadFromJsonAsync<Created>())!.Id;

        var answers = await Task.WhenAll(Enumerable.Range(1, AtOnce).Select(i =>
            board.PostAsJsonAsync($"/api/associations/solna/meetings/{id}/speakers", new { name = $"Talare {i}", gender = "woman" })));
        answers.Select(a => a.StatusCode).Distinct().ShouldBe([HttpStatusCode.Created]);

        var speakers = (await board.GetFromJsonAsync<List<SpeakerRow>>($"/api/associations/solna/meetings/{id}/speakers"))!;
        speakers.Select(s => s.Number).Order().ShouldBe(Enumerable.Range(1, AtOnce));
    }

    [Fact]
    public async Task Speaker_controls_on_an_unknown_meeting_answer_404()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        foreach (var control in new[] { "start", "stop", "next" })
            (await board.PostAsync($"/api/associations/solna/meetings/{Guid.NewGuid()}/speakers/{control}", null)).StatusCode
                .ShouldBe(HttpStatusCode.NotFound, control);
    }

    private sealed record Created(Guid Id);

    private sealed record SignUpRow(Guid MemberId, string Status, int Position);

    private sealed record SpeakerRow(int Number, string Name);
}
