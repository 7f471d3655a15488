using System.Globalization;
using Federation.Elections.Domain;
using Federation.Elections.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Elections.Conclusion;

/// <summary>Builds a concluded election's protocol and renders it to a printable HTML document.</summary>
internal sealed class ProtocolWriter(ElectionsDbContext db, ElectionCount count, HtmlRenderer renderer)
{
    /// <summary>The protocol of a concluded election; null if there is no such election.</summary>
    public async Task<ProtocolModel?> Model(Guid electionId, CancellationToken ct)
    {
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct);
        if (election is null) return null;
        if (election.Status != ElectionStatus.Concluded || election.OutcomeJson is null || election.Seed is null)
            throw new ElectionProblem("election", T("Valet är inte avslutat: det finns inget protokoll än.", "the election has not been concluded: there is no protocol yet"));
        var meeting = await db.Meetings.FirstAsync(m => m.Id == election.MeetingId, ct);
        var counted = await count.Count(election, ulong.Parse(election.Seed, CultureInfo.InvariantCulture), ct);
        var outcome = Outcome.FromJson(election.OutcomeJson);
        var first = election.FirstRoundId is { } f ? await db.Elections.FirstOrDefaultAsync(e => e.Id == f, ct) : null;
        var reVote = outcome.ReVoteId is { } r ? await db.Elections.FirstOrDefaultAsync(e => e.Id == r, ct) : null;
        return new ProtocolModel(meeting, election, counted, outcome, first, reVote);
    }

    /// <summary>The protocol as a printable HTML document (the component loads its own model).</summary>
    public async Task<string> Html(Guid electionId, CancellationToken ct)
    {
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Concluded)
            throw new ElectionProblem("election", T("Valet är inte avslutat: det finns inget protokoll än.", "the election has not been concluded: there is no protocol yet"));
        return await renderer.Dispatcher.InvokeAsync(async () =>
    {
        var body = await renderer.RenderComponentAsync<Pages.ElectionProtocol>(ParameterView.FromDictionary(
            new Dictionary<string, object?> { [nameof(Pages.ElectionProtocol.ElectionId)] = electionId }));
        var title = System.Net.WebUtility.HtmlEncode(election.Title);
        return $$"""
            <!doctype html>
            <html lang="sv"><head><meta charset="utf-8"><title>{{title}}</title>
            <style>body{font-family:sans-serif;margin:2em} table{border-collapse:collapse} td,th{border:1px solid #999;padding:.2em .5em;text-align:left}</style>
            </head><body>{{body.ToHtmlString()}}</body></html>
            """;
    });
    }
}
