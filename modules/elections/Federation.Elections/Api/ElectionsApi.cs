using System.Globalization;
using Federation.Elections.Counting;
using Federation.Elections.Domain;
using Federation.Elections.Conclusion;
using Federation.Elections.Voting;
using Federation.Elections.Roll;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Elections.Api;

/// <summary>Meetings, elections, nominations, voting, counting and the protocol. Members read and
/// vote; officers (secretary, tellers) enter papers and floor nominations; the board runs elections.</summary>
internal static class ElectionsApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var api = association.MapGroup("/elections").WithMetadata(new RequiresRoleAttribute(AssociationRole.Member));
        var board = new RequiresRoleAttribute(AssociationRole.Board);
        var officer = new RequiresRoleAttribute(AssociationRole.Officer);

        api.MapGet("/meetings", async (ElectionOffice office, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var meetings = await office.Meetings(p, size, ct);
            return new Page<MeetingView>(meetings.Items.Select(MeetingView.From).ToList(), p, size, meetings.Total);
        }).WithName("ListElectionMeetings");

        api.MapPost("/meetings", (ElectionOffice office, NewElectionMeeting input, CancellationToken ct) => Run(async () =>
        {
            var meeting = await office.CreateMeeting(input, ct);
            return Results.Created($"elections/meetings/{meeting.Id}", MeetingView.From(meeting));
        })).WithMetadata(board).WithName("CreateElectionMeeting");

        api.MapGet("/meetings/{meetingId:guid}", (ElectionOffice office, Guid meetingId, CancellationToken ct) => Run(async () =>
        {
            var meeting = await office.Meeting(meetingId, ct) ?? throw new ElectionNotFound("meeting");
            var elections = await office.ElectionsAt(meetingId, ct);
            return Results.Ok(new MeetingDetails(MeetingView.From(meeting), elections.ConvertAll(ElectionView.From)));
        })).WithName("GetElectionMeeting");

        api.MapPost("/meetings/{meetingId:guid}/elections", (ElectionOffice office, Guid meetingId, NewElection input, CancellationToken ct) => Run(async () =>
        {
            var election = await office.AddElection(meetingId, input, ct);
            return Results.Created($"elections/{election.Id}", ElectionView.From(election));
        })).WithMetadata(board).WithName("AddElection");

        api.MapGet("/{electionId:guid}", (ElectionOffice office, Guid electionId, CancellationToken ct) => Run(async () =>
        {
            var election = await office.Election(electionId, ct) ?? throw new ElectionNotFound("election");
            var candidates = await office.Candidates(electionId, ct);
            return Results.Ok(new ElectionDetails(ElectionView.From(election), candidates.ConvertAll(CandidateView.From)));
        })).WithName("GetElection");

        api.MapPost("/{electionId:guid}/proposals", (ElectionOffice office, Guid electionId, Nomination input, CancellationToken ct) =>
            Nominate(office, electionId, NominationSources.Committee, input, ct)).WithMetadata(board).WithName("ProposeCandidate");
        api.MapPost("/{electionId:guid}/nominations", (ElectionOffice office, Guid electionId, Nomination input, CancellationToken ct) =>
            Nominate(office, electionId, NominationSources.Member, input, ct)).WithName("NominateCandidate");
        api.MapPost("/{electionId:guid}/floor-nominations", (ElectionOffice office, Guid electionId, Nomination input, CancellationToken ct) =>
            Nominate(office, electionId, NominationSources.Floor, input, ct)).WithMetadata(officer).WithName("NominateFromFloor");

        api.MapPost("/{electionId:guid}/candidates/{candidateId:guid}/answer",
            (ElectionOffice office, Guid electionId, Guid candidateId, CandidateAnswer input, CancellationToken ct) => Run(async () =>
                Results.Ok(CandidateView.From(await office.Answer(electionId, candidateId, input, ct)))))
            .WithMetadata(officer).WithName("AnswerNomination");
        // The nominated member answers themselves, signed in; checked against their member record.
        api.MapPost("/{electionId:guid}/candidates/{candidateId:guid}/own-answer",
            (ElectionOffice office, Guid electionId, Guid candidateId, CandidateAnswer input, CancellationToken ct) => Run(async () =>
                Results.Ok(CandidateView.From(await office.AnswerOwn(electionId, candidateId, input, ct)))))
            .WithName("AnswerOwnNomination");

        api.MapGet("/meetings/{meetingId:guid}/roll", (VotingRoll roll, Guid meetingId, CancellationToken ct) => Run(async () =>
        {
            var count = await roll.Count(meetingId, ct);
            var voters = await roll.Voters(meetingId, ct);
            return Results.Ok(new RollView(count.Eligible, count.Present, voters.ConvertAll(VoterView.From)));
        })).WithMetadata(officer).WithName("GetVotingRoll");
        api.MapPost("/meetings/{meetingId:guid}/roll", (VotingRoll roll, Guid meetingId, RollEntry input, CancellationToken ct) => Run(async () =>
            Results.Created($"elections/meetings/{meetingId}/roll", VoterView.From(await roll.Add(meetingId, input, ct)))))
            .WithMetadata(officer).WithName("AddToVotingRoll");
        api.MapPost("/meetings/{meetingId:guid}/roll/register", (VotingRoll roll, Guid meetingId, RollFromRegister input, CancellationToken ct) => Run(async () =>
            Results.Ok(new { added = await roll.AddMembers(meetingId, input.SmartListId, ct) })))
            .WithMetadata(officer).WithName("AddRegisterToVotingRoll");
        api.MapPost("/meetings/{meetingId:guid}/roll/attendance", (VotingRoll roll, Guid meetingId, Attendance input, CancellationToken ct) => Run(async () =>
        {
            var (checkedIn, unmatched) = await roll.CheckIn(meetingId, input.Lines, ct);
            return Results.Ok(new { checkedIn, unmatched });
        })).WithMetadata(officer).WithName("CheckInAttendance");
        api.MapPost("/meetings/{meetingId:guid}/roll/{voterId:guid}/presence", (VotingRoll roll, Guid meetingId, Guid voterId, Presence input, CancellationToken ct) => Run(async () =>
            Results.Ok(VoterView.From(await roll.SetPresent(meetingId, voterId, input.Present, ct)))))
            .WithMetadata(officer).WithName("SetVoterPresence");
        api.MapDelete("/meetings/{meetingId:guid}/roll/{voterId:guid}", (VotingRoll roll, Guid meetingId, Guid voterId, CancellationToken ct) => Run(async () =>
        {
            await roll.Remove(meetingId, voterId, ct);
            return Results.NoContent();
        })).WithMetadata(officer).WithName("RemoveFromVotingRoll");
        api.MapGet("/meetings/{meetingId:guid}/log", (VotingRoll roll, Guid meetingId, CancellationToken ct) => Run(async () =>
            Results.Ok((await roll.Log(meetingId, ct)).ConvertAll(l => new LogView(l.At, l.By, l.Text, l.ElectionId)))))
            .WithMetadata(officer).WithName("GetMeetingLog");

        api.MapPost("/{electionId:guid}/open", (ElectionOffice office, Guid electionId, OpenVoting input, CancellationToken ct) => Run(async () =>
            Results.Ok(ElectionView.From(await office.OpenVoting(electionId, input.Mode, ct)))))
            .WithMetadata(board).WithName("OpenVoting");

        api.MapPost("/{electionId:guid}/codes", (BallotBox box, Guid electionId, IssueCodes input, CancellationToken ct) => Run(async () =>
            Results.Ok(new IssuedCodes(await box.IssueCodes(electionId, input.VoterIds, ct)))))
            .WithMetadata(officer).WithName("IssueVotingCodes");

        api.MapPost("/{electionId:guid}/ballots", (BallotBox box, Guid electionId, CastBallot input, CancellationToken ct) => Run(async () =>
        {
            await box.Cast(electionId, input.Code, input.Preferences, ct);
            return Results.NoContent();
        })).WithMetadata(new LeavesNoTraceAttribute()).WithName("CastBallot");

        api.MapPut("/{electionId:guid}/piles/{teller}", (BallotBox box, Guid electionId, string teller, TellerPile input, CancellationToken ct) => Run(async () =>
        {
            await box.EnterPile(electionId, teller, input.Papers, ct);
            return Results.Ok(await box.Compare(electionId, ct));
        })).WithMetadata(officer).WithName("EnterTellerPile");

        api.MapGet("/{electionId:guid}/teller-differences", (BallotBox box, Guid electionId, CancellationToken ct) => Run(async () =>
            Results.Ok(await box.Compare(electionId, ct)))).WithMetadata(officer).WithName("CompareTellers");

        api.MapPut("/{electionId:guid}/list-votes", (ElectionOffice office, Guid electionId, ListVotesInput input, CancellationToken ct) => Run(async () =>
            Results.Ok((await office.EnterListVotes(electionId, input.Votes, ct)).ConvertAll(CandidateView.From))))
            .WithMetadata(officer).WithName("EnterListVotes");

        api.MapPost("/{electionId:guid}/conclude", (ElectionCount count, Guid electionId, Conclude input, CancellationToken ct) => Run(async () =>
            Results.Ok(await count.Conclude(electionId, input.Seed, ct)))).WithMetadata(board).WithName("ConcludeElection");

        api.MapGet("/{electionId:guid}/protocol", (ProtocolWriter writer, Guid electionId, CancellationToken ct) => Run(async () =>
        {
            return Results.Content(await writer.Html(electionId, ct), "text/html; charset=utf-8");
        })).WithName("ElectionProtocol");

        api.MapGet("/{electionId:guid}/ballot-file", (ElectionCount count, Guid electionId, CancellationToken ct) => Run(async () =>
        {
            var file = await count.Export(electionId, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(file.Content), file.ContentType, file.Name);
        })).WithName("ExportBallots");

        api.MapGet("/{electionId:guid}/recount", (ProtocolWriter writer, Guid electionId, CancellationToken ct) => Run(async () =>
        {
            // The protocol model re-runs the count from the exported file with the recorded seed.
            var model = await writer.Model(electionId, ct) ?? throw new ElectionNotFound("election");
            return Results.Content(CountResultJson.Write(model.Count.Result), "application/json; charset=utf-8");
        })).WithName("RecountElection");
    }

    private static Task<IResult> Nominate(ElectionOffice office, Guid electionId, string source, Nomination input, CancellationToken ct) => Run(async () =>
    {
        var candidate = await office.Nominate(electionId, source, input, ct);
        return Results.Created($"elections/{electionId}/candidates/{candidate.Id}", CandidateView.From(candidate));
    });

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ElectionProblem e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] });
        }
        catch (ElectionNotFound e)
        {
            return Results.NotFound(new { error = e.Message });
        }
        catch (ElectionForbidden e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden);
        }
    }
}

internal sealed record MeetingView(Guid Id, string Title, DateOnly HeldOn, DateTime? NominationDeadline)
{
    public static MeetingView From(Meeting m) => new(m.Id, m.Title, m.HeldOn, m.NominationDeadline);
}

internal sealed record MeetingDetails(MeetingView Meeting, IReadOnlyList<ElectionView> Elections);

/// <summary><see cref="FirstRoundId"/> and <see cref="ReVoteId"/> link the two rounds of a majority election.</summary>
internal sealed record ElectionView(Guid Id, Guid MeetingId, string Position, string Title, int Seats, string Method, string GenderRule,
    string Status, string? VotingMode, DateOnly? TermFrom, DateOnly? TermUntil, int CodesIssued, string? Seed, IReadOnlyList<OutcomePlace>? Elected, string? Warning,
    Guid? FirstRoundId, Guid? ReVoteId)
{
    public static ElectionView From(Election e)
    {
        var outcome = e.OutcomeJson is null ? null : Outcome.FromJson(e.OutcomeJson);
        return new(e.Id, e.MeetingId, e.Position, e.Title, e.Seats, e.Method, e.GenderRule, e.Status, e.VotingMode,
            e.TermFrom, e.TermUntil, e.CodesIssued, e.Seed, outcome?.Places, outcome?.Warning, e.FirstRoundId, outcome?.ReVoteId);
    }
}

internal sealed record ElectionDetails(ElectionView Election, IReadOnlyList<CandidateView> Candidates);

internal sealed record CandidateView(Guid Id, Guid? MemberId, string Name, string Gender, string Source, string? Motivation,
    string? Presentation, string Answer, int? ProposalRank, int? BallotNumber, string? AnsweredBy, DateTime? AnsweredAt, long? Votes)
{
    public static CandidateView From(Candidate c) =>
        new(c.Id, c.MemberId, c.Name, c.Gender, c.Source, c.Motivation, c.Presentation, c.Answer, c.ProposalRank, c.BallotNumber, c.AnsweredBy, c.AnsweredAt, c.Votes);
}

internal sealed record RollView(int Eligible, int Present, IReadOnlyList<VoterView> Voters);

internal sealed record VoterView(Guid Id, Guid? MemberId, string Name, bool Present)
{
    public static VoterView From(Voter v) => new(v.Id, v.MemberId, v.Name, v.Present);
}

internal sealed record LogView(DateTime At, string By, string Text, Guid? ElectionId);
internal sealed record Presence(bool Present);
internal sealed record RollFromRegister(Guid? SmartListId);
/// <summary>An attendance list: one member number or name a line.</summary>
internal sealed record Attendance(string? Lines);
internal sealed record ListVotesInput(IReadOnlyList<ListVotes>? Votes);

internal sealed record OpenVoting(string? Mode);
/// <summary>Codes for these voters on the roll, or for everyone present without one when null.</summary>
internal sealed record IssueCodes(IReadOnlyList<Guid>? VoterIds);
internal sealed record IssuedCodes(IReadOnlyList<string> Codes);
internal sealed record CastBallot(string? Code, IReadOnlyList<int>? Preferences);
internal sealed record TellerPile(IReadOnlyList<PaperEntry>? Papers);
internal sealed record Conclude(ulong? Seed);
