using System.Text;
using Federation.Communications.Sending;
using Federation.Communications.Domain;
using Federation.Communications.Letters;
using Federation.Communications.Media;
using Federation.Communications.Storage;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Api;

internal sealed record SeriesInput(string Name, string Rhythm, string? Description);
internal sealed record SeriesView(Guid Id, string Name, string Rhythm, string? Description, DateOnly? NextDue = null, string? DueReason = null, Guid? DraftId = null);
internal sealed record PreviewInput(string Subject, string Body, Guid MemberId);
internal sealed record TestSendInput(string Subject, string Body, string? To);
internal sealed record ScheduleInput(DateTime At);
internal sealed record SendResult(Guid Id, int Recipients);
internal sealed record SmsInput(string Text, Guid? SmartListId);
internal sealed record LetterInput(string Semester, string Subject, string Body);
internal sealed record LetterView(Guid Id, string Semester, string Subject, int Recipients, DateTime CreatedAt);
internal sealed record ServerStatus(bool Mail, bool Sms, string? MailServer);
internal sealed record Message(string Text);

/// <summary>The module's JSON API, under <c>/api/associations/{association}/communications</c>; officers and up.</summary>
internal static class CommunicationsApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var api = association.MapGroup("/communications").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithTags("Communications");

        api.MapGet("/status", (SmtpMailer mailer, ISmsGateway sms) =>
            new ServerStatus(mailer.Settings.Configured, sms.Configured, mailer.Settings.Configured ? $"{mailer.Settings.Host}:{mailer.Settings.EffectivePort}" : null));

        api.MapGet("/series", async (CommunicationsDbContext db, SeriesSchedule schedule, CancellationToken ct) =>
        {
            var due = (await schedule.Next(ct)).ToDictionary(d => d.Series.Id);
            return (await db.Series.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct)).Select(s => due.GetValueOrDefault(s.Id) is { } d
                ? new SeriesView(s.Id, s.Name, s.Rhythm, s.Description, d.DueOn, d.Reason, d.DraftId)
                : new SeriesView(s.Id, s.Name, s.Rhythm, s.Description));
        });
        api.MapPost("/series", (SeriesInput input, Newsletters newsletters, CancellationToken ct) => Guard(async () =>
        {
            var s = await newsletters.AddSeries(input.Name, input.Rhythm, input.Description, ct);
            return Results.Created($"series/{s.Id}", new SeriesView(s.Id, s.Name, s.Rhythm, s.Description));
        }));

        api.MapGet("/mailings", async (CommunicationsDbContext db, string? kind, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var all = db.Mailings.Where(m => kind == null || m.Kind == kind);
            var items = await Progress.Of(db, all.OrderByDescending(m => m.CreatedAt).Skip((p - 1) * size).Take(size), ct);
            return new Page<MailingProgress>(items, p, size, await all.CountAsync(ct));
        });
        api.MapGet("/mailings/{id:guid}", async (Guid id, CommunicationsDbContext db, CancellationToken ct) =>
            (await Progress.Of(db, db.Mailings.Where(m => m.Id == id), ct)).SingleOrDefault() is { } m ? Results.Ok(m) : Results.NotFound());
        api.MapGet("/mailings/{id:guid}/deliveries", async (Guid id, CommunicationsDbContext db, string? status, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await Progress.Deliveries(db, id, status, p, size, ct);
            return new Page<DeliveryView>(items, p, size, total);
        });

        api.MapPost("/newsletters", (NewsletterDraft draft, Newsletters newsletters, CancellationToken ct) => Guard(async () =>
        {
            var m = await newsletters.Save(null, draft, ct);
            return Results.Created($"mailings/{m.Id}", new SendResult(m.Id, 0));
        }));
        api.MapPut("/newsletters/{id:guid}", (Guid id, NewsletterDraft draft, Newsletters newsletters, CancellationToken ct) => Guard(async () =>
            Results.Ok(new SendResult((await newsletters.Save(id, draft, ct)).Id, 0))));
        api.MapPost("/newsletters/preview", (PreviewInput input, Newsletters newsletters, CancellationToken ct) => Guard(async () =>
            Results.Ok(await newsletters.Preview(input.Subject, input.Body, input.MemberId, ct))));
        api.MapPost("/newsletters/test", (TestSendInput input, Newsletters newsletters, Actor actor, CancellationToken ct) => Guard(async () =>
            Results.Ok(new Message(await newsletters.TestSend(input.Subject, input.Body, input.To ?? actor.Email ?? "", ct)))));
        api.MapPost("/newsletters/{id:guid}/schedule", (Guid id, ScheduleInput input, Newsletters newsletters, CancellationToken ct) => Guard(async () =>
        {
            await newsletters.Schedule(id, input.At.ToUniversalTime(), ct);
            return Results.NoContent();
        }));
        api.MapPost("/newsletters/{id:guid}/send", (Guid id, Newsletters newsletters, CancellationToken ct) => Guard(async () =>
            Results.Accepted($"mailings/{id}", new SendResult(id, await newsletters.Send(id, ct)))));

        api.MapPost("/sms/estimate", (SmsInput input, SmsSends sms, CancellationToken ct) => Guard(async () =>
            Results.Ok(await sms.Estimate(input.Text, input.SmartListId, ct))));
        api.MapPost("/sms", (SmsInput input, SmsSends sms, CancellationToken ct) => Guard(async () =>
        {
            var m = await sms.Send(input.Text, input.SmartListId, ct);
            return Results.Accepted($"mailings/{m.Id}", new SendResult(m.Id, m.Recipients));
        }));

        api.MapGet("/letters", async (CommunicationsDbContext db, CancellationToken ct) =>
            await db.Letters.AsNoTracking().OrderByDescending(l => l.CreatedAt)
                .Select(l => new LetterView(l.Id, l.Semester, l.Subject, l.Recipients, l.CreatedAt)).ToListAsync(ct));
        api.MapPost("/letters", (LetterInput input, PrintedLetters letters, CancellationToken ct) => Guard(async () =>
        {
            var l = await letters.Create(input.Semester, input.Subject, input.Body, ct);
            return Results.Created($"letters/{l.Id}", new LetterView(l.Id, l.Semester, l.Subject, l.Recipients, l.CreatedAt));
        }));
        api.MapGet("/letters/{id:guid}.pdf", async (Guid id, PrintedLetters letters, CancellationToken ct) =>
            await letters.Find(id, ct) is { } found
                ? Results.File(await letters.Pdf(found.Run, found.Members), "application/pdf", $"medlemsbrev-{Slugs.Of(found.Run.Semester)}.pdf")
                : Results.NotFound());
        api.MapGet("/letters/{id:guid}/recipients.csv", async (Guid id, PrintedLetters letters, CancellationToken ct) =>
        {
            if (await letters.Find(id, ct) is not { } found) return Results.NotFound();
            var rows = found.Members.Select(m => new[] { m.Name, m.Street, m.PostalCode, m.City }).Prepend(["name", "street", "postal_code", "city"]);
            return Results.File(SpreadsheetText.Csv(rows), SpreadsheetText.CsvContentType, $"mottagare-{Slugs.Of(found.Run.Semester)}.csv");
        });

        api.MapGet("/media", async (MediaLog media, int? year, CancellationToken ct) => await media.Year(year ?? DateTime.UtcNow.Year, ct));
        api.MapPost("/media", (NewAppearance input, MediaLog media, CancellationToken ct) => Guard(async () =>
        {
            var row = await media.Add(input, ct);
            return Results.Created($"media/{row.Id}", row);
        }));
        api.MapDelete("/media/{id:guid}", async (Guid id, MediaLog media, CancellationToken ct) =>
            await media.Remove(id, ct) ? Results.NoContent() : Results.NotFound());

        api.MapGet("/statistics", async (Statistics statistics, int? year, CancellationToken ct) => await statistics.Year(year ?? DateTime.UtcNow.Year, ct));
        api.MapGet("/audit", async (CommunicationsDbContext db, int? page, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, null);
            var all = db.Audit.AsNoTracking();
            return new Page<AuditEntry>(await all.OrderByDescending(a => a.At).Skip((p - 1) * size).Take(size).ToListAsync(ct), p, size, await all.CountAsync(ct));
        });
    }

    /// <summary>Problems the person can fix answer 400 with the reason; nothing is half done.</summary>
    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (CommunicationsException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest); }
        catch (TemporaryDeliveryException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable); }
    }
}
