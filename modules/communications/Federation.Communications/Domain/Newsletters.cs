using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Communications.Sending;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Domain;

/// <summary>A newsletter as written: the series, subject and Markdown body, and who it goes to.</summary>
internal sealed record NewsletterDraft(Guid SeriesId, string Subject, string Body, Guid? SmartListId);

/// <summary>A problem the person sending can fix (a broken merge field, no mail server, an unknown member).</summary>
internal sealed class CommunicationsException(string message) : Exception(message);

/// <summary>Newsletters: series, drafts, preview, test send, scheduling and the send itself.</summary>
internal sealed class Newsletters(
    CommunicationsDbContext db, AssociationContext association, IServiceProvider services, MailRenderer renderer, SmtpMailer mailer,
    UnsubscribeLinks links, Actor actor, TimeProvider clock)
{
    private IMemberDirectory? Directory => services.GetService<IMemberDirectory>();

    public async Task<Series> AddSeries(string name, string rhythm, string? description, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new CommunicationsException(T("Serien behöver ett namn.", "The series needs a name."));
        if (!Rhythms.All.ContainsKey(rhythm)) throw new CommunicationsException(T($"Okänd rytm '{rhythm}'.", $"Unknown rhythm '{rhythm}'."));
        var series = new Series { Id = Guid.NewGuid(), Name = name.Trim(), Rhythm = rhythm, Description = description?.Trim(), CreatedAt = Now };
        db.Series.Add(series);
        await db.SaveChangesAsync(cancellationToken);
        return series;
    }

    public async Task<Mailing> Save(Guid? id, NewsletterDraft draft, CancellationToken cancellationToken = default)
    {
        Check(draft.Subject, draft.Body);
        if (!await db.Series.AnyAsync(s => s.Id == draft.SeriesId, cancellationToken))
            throw new CommunicationsException(T("Välj en serie för nyhetsbrevet.", "Choose a series for the newsletter."));
        var mailing = id is { } existing ? await Editable(existing, cancellationToken) : null;
        if (mailing is null)
        {
            mailing = new Mailing { Id = Guid.NewGuid(), Kind = MailingKinds.Newsletter, Channel = Channels.Email, CreatedBy = actor.Name, CreatedAt = Now };
            db.Mailings.Add(mailing);
        }
        (mailing.SeriesId, mailing.Subject, mailing.Body, mailing.SmartListId) = (draft.SeriesId, draft.Subject.Trim(), draft.Body, draft.SmartListId);
        await db.SaveChangesAsync(cancellationToken);
        return mailing;
    }

    /// <summary>The newsletter as <paramref name="memberId"/> would get it (the "på gång" block as of now).</summary>
    public async Task<RenderedMail> Preview(string subject, string body, Guid memberId, CancellationToken cancellationToken = default)
    {
        Check(subject, body);
        var member = await (Directory ?? throw NoRegister()).Contact(memberId, cancellationToken)
            ?? throw new CommunicationsException(T("Medlemmen finns inte i registret.", "The member is not in the register."));
        var activities = await UpcomingBlock.For(services.GetService<IActivityCalendar>(), clock.GetUtcNow(), cancellationToken);
        var link = links.Url(new(association.Required.Id, member.MemberId, Guid.Empty, Channels.Email));
        return renderer.Render(subject, body, association.Required.Name, activities, new(member.FirstName, member.Name, link));
    }

    /// <summary>Sends the newsletter at once to the person writing it (not to members): what it looks like in a real mailbox.</summary>
    public async Task<string> TestSend(string subject, string body, string to, CancellationToken cancellationToken = default)
    {
        Check(subject, body);
        RequireMailServer();
        var activities = await UpcomingBlock.For(services.GetService<IActivityCalendar>(), clock.GetUtcNow(), cancellationToken);
        var link = links.Url(new(association.Required.Id, Guid.Empty, Guid.Empty, Channels.Email));
        var mail = renderer.Render("[Test] " + subject, body, association.Required.Name, activities, new(T("Testmottagare", "Test recipient"), to, link));
        var result = await mailer.Send(MailBuilder.Build(mailer.Settings.Sender, to, to, mail, Guid.NewGuid(), $"test.{association.Required.Id}", "Test", link), cancellationToken);
        Audit("test-send", subject, 1);
        await db.SaveChangesAsync(cancellationToken);
        return result.Accepted ? T($"Testbrevet skickades till {to}.", $"The test was sent to {to}.") : T($"Servern tog inte emot testbrevet: {result.Reply}", $"The server refused the test: {result.Reply}");
    }

    public async Task Schedule(Guid id, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        var mailing = await Editable(id, cancellationToken) ?? throw NotDraft();
        RequireMailServer();
        mailing.Status = MailingStatuses.Scheduled;
        mailing.ScheduledFor = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Audit("schedule", $"{mailing.Subject} ({atUtc:yyyy-MM-dd HH:mm} UTC)", 0);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Queues the newsletter for everyone in its audience who wants email and has not unsubscribed:
    /// each recipient becomes a durable delivery. Sending twice is refused.
    /// </summary>
    public async Task<int> Send(Guid id, CancellationToken cancellationToken = default)
    {
        var mailing = await Editable(id, cancellationToken) ?? throw NotDraft();
        RequireMailServer();
        var audience = await Audience(mailing.SmartListId, Channels.Email, cancellationToken);
        var to = audience.Select(Outbound.ByEmail).OfType<Addressee>().ToList();
        mailing.ActivitiesBlock = await UpcomingBlock.For(services.GetService<IActivityCalendar>(), clock.GetUtcNow(), cancellationToken);
        Outbound.Queue(db, mailing, to, ContactPurposes.Newsletter, Now);
        Audit("send", mailing.Subject, to.Count);
        await db.SaveChangesAsync(cancellationToken);
        return to.Count;
    }

    /// <summary>The current members of the audience, less those who unsubscribed from <paramref name="channel"/>.</summary>
    public async Task<List<MemberContact>> Audience(Guid? smartListId, string channel, CancellationToken cancellationToken)
    {
        IReadOnlyList<MemberContact> members;
        try { members = await (Directory ?? throw NoRegister()).Audience(smartListId, cancellationToken); }
        catch (KeyNotFoundException) { throw new CommunicationsException(T("Den smarta listan finns inte längre.", "The smart list no longer exists.")); }
        var stopped = (await db.Unsubscribes.AsNoTracking().Where(u => u.Channel == channel).Select(u => u.MemberId).ToListAsync(cancellationToken)).ToHashSet();
        return members.Where(m => !stopped.Contains(m.MemberId)).ToList();
    }

    public void Audit(string action, string what, int count) =>
        db.Audit.Add(new AuditEntry { Id = Guid.NewGuid(), At = Now, Actor = actor.Name, Action = action, What = what, Count = count });

    public void RequireMailServer()
    {
        if (!mailer.Settings.Configured)
            throw new CommunicationsException(T(
                "Ingen e-postserver är inställd (Communications:Smtp:Host), så inget kan skickas.",
                "No mail server is configured (Communications:Smtp:Host), so nothing can be sent."));
    }

    private async Task<Mailing?> Editable(Guid id, CancellationToken cancellationToken) =>
        await db.Mailings.SingleOrDefaultAsync(m => m.Id == id && m.Kind == MailingKinds.Newsletter
            && (m.Status == MailingStatuses.Draft || m.Status == MailingStatuses.Scheduled), cancellationToken);

    private static void Check(string subject, string body)
    {
        if (string.IsNullOrWhiteSpace(subject)) throw new CommunicationsException(T("Brevet behöver en ämnesrad.", "The newsletter needs a subject."));
        try
        {
            MergeTemplate.Compile(subject);
            MergeTemplate.Compile(body);
        }
        catch (TemplateException e) { throw new CommunicationsException(e.Message); }
    }

    private static CommunicationsException NotDraft() =>
        new(T("Brevet finns inte eller är redan skickat.", "The newsletter does not exist or was already sent."));

    private static CommunicationsException NoRegister() =>
        new(T("Föreningen har inte medlemsregistret påslaget.", "The association has not enabled the member register."));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string T(string sv, string en) => Federation.Platform.Web.Text.T(sv, en);
}
