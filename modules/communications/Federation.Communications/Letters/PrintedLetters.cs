using Federation.Activities.Contracts;
using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Letters;

/// <summary>
/// The printed member letter each semester for members marked non-digital ("ett tryckt medlemsbrev
/// varje termin", Solna 2024), with the newsletters' merge fields. The recipients are fixed when the
/// run is made; the PDF can be downloaded again.
/// </summary>
internal sealed class PrintedLetters(CommunicationsDbContext db, Newsletters newsletters, AssociationContext association, Actor actor, MailRenderer renderer,
    HtmlRenderer html, IServiceProvider services, TimeProvider clock)
{
    public async Task<LetterRun> Create(string semester, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(semester)) throw new CommunicationsException(Federation.Platform.Web.Text.T("Ange termin, t.ex. 2026 HT.", "Give the semester, e.g. 2026 HT."));
        try { MergeTemplate.Compile(subject); MergeTemplate.Compile(body); }
        catch (TemplateException e) { throw new CommunicationsException(e.Message); }
        var to = (await Recipients(cancellationToken)).ToList();
        var run = new LetterRun
        {
            Id = Guid.NewGuid(), Semester = semester.Trim(), Subject = subject.Trim(), Body = body, Recipients = to.Count,
            ActivitiesBlock = await UpcomingBlock.For(services.GetService<IActivityCalendar>(), clock.GetUtcNow(), cancellationToken),
            MemberIds = string.Join(',', to.Select(m => m.MemberId.ToString("N"))), CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Letters.Add(run);
        newsletters.Audit("letters", $"{run.Semester}: {run.Subject}", to.Count);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>Non-digital members with a full postal address.</summary>
    public async Task<IEnumerable<MemberContact>> Recipients(CancellationToken cancellationToken = default) =>
        (await newsletters.Audience(null, Channels.Post, cancellationToken))
            .Where(m => m.NonDigital && !string.IsNullOrWhiteSpace(m.Street) && !string.IsNullOrWhiteSpace(m.PostalCode) && !string.IsNullOrWhiteSpace(m.City));

    public async Task<(LetterRun Run, List<MemberContact> Members)?> Find(Guid id, CancellationToken cancellationToken = default)
    {
        var run = await db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (run is null) return null;
        var ids = run.MemberIds.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var members = (await Recipients(cancellationToken)).Where(m => ids.Contains(m.MemberId.ToString("N"))).ToList();
        return (run, members);
    }

    /// <summary>Each member's letter, merged as a newsletter is (the same fields and Markdown), ready for <see cref="LetterSheet"/>.</summary>
    public IEnumerable<PrintedLetter> Merged(LetterRun run, IEnumerable<MemberContact> members)
    {
        var name = association.Required.Name;
        return members.Select(m =>
        {
            var merged = renderer.Render(run.Subject, run.Body, name, run.ActivitiesBlock, new(m.FirstName, m.Name, ""));
            return new PrintedLetter(m.Name, m.Street!, m.PostalCode!, m.City!, merged.Subject, merged.Body);
        });
    }

    /// <summary>The run as one PDF: each letter rendered by the <see cref="LetterSheet"/> component, then laid out on A4.</summary>
    public async Task<byte[]> Pdf(LetterRun run, IEnumerable<MemberContact> members)
    {
        var name = association.Required.Name;
        var date = DateOnly.FromDateTime(run.CreatedAt);
        var sheets = await html.Dispatcher.InvokeAsync(async () =>
        {
            var rendered = new List<string>();
            foreach (var letter in Merged(run, members))
                rendered.Add((await html.RenderComponentAsync<LetterSheet>(ParameterView.FromDictionary(LetterSheet.For(name, date, letter)))).ToHtmlString());
            return rendered;
        });
        return LetterPdf.Render($"Medlemsbrev {name}", sheets);
    }
}
