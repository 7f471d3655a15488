using Federation.Communications.Contracts;
using Federation.Communications.Sending;
using Federation.Communications.Storage;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace Federation.Communications.Domain;

/// <summary>What an SMS send will cost before it is sent: recipients, segments (per recipient, merge fields filled in) and kronor.</summary>
internal sealed record SmsEstimate(int Recipients, SmsCount Sample, int Segments, decimal Cost);

/// <summary>SMS to the members who want SMS ("Skicka sms inför aktiviteter och medlemsmöten", Solna 2024).</summary>
internal sealed class SmsSends(CommunicationsDbContext db, AssociationContext association, Newsletters newsletters, ISmsGateway gateway, IOptions<CommunicationsSettings> settings, Actor actor, TimeProvider clock)
{
    public async Task<SmsEstimate> Estimate(string text, Guid? smartListId, CancellationToken cancellationToken = default)
    {
        var (template, to) = await Prepare(text, smartListId, cancellationToken);
        var sample = SmsSegments.Count(template.Render(Values(to.FirstOrDefault()?.FirstName ?? "Kim")));
        var segments = to.Sum(a => SmsSegments.Count(template.Render(Values(a.FirstName))).Segments);
        return new(to.Count, sample, segments, segments * settings.Value.Sms.PricePerSegment);
    }

    public async Task<Mailing> Send(string text, Guid? smartListId, CancellationToken cancellationToken = default)
    {
        if (!gateway.Configured)
            throw new CommunicationsException(Federation.Platform.Web.Text.T(
                "Ingen sms-tjänst är inställd (Communications:Sms), så inget kan skickas.",
                "No SMS gateway is configured (Communications:Sms), so nothing can be sent."));
        var (_, to) = await Prepare(text, smartListId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var mailing = new Mailing
        {
            Id = Guid.NewGuid(), Kind = MailingKinds.Sms, Channel = Channels.Sms, Subject = Preview(text), Body = text,
            SmartListId = smartListId, CreatedBy = actor.Name, CreatedAt = now,
        };
        db.Mailings.Add(mailing);
        Outbound.Queue(db, mailing, to, ContactPurposes.Sms, now);
        newsletters.Audit("sms", mailing.Subject, to.Count);
        await db.SaveChangesAsync(cancellationToken);
        return mailing;
    }

    private async Task<(MergeTemplate, List<Addressee>)> Prepare(string text, Guid? smartListId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new CommunicationsException(Federation.Platform.Web.Text.T("Skriv ett meddelande.", "Write a message."));
        MergeTemplate template;
        try { template = MergeTemplate.Compile(text); }
        catch (TemplateException e) { throw new CommunicationsException(e.Message); }
        var audience = await newsletters.Audience(smartListId, Channels.Sms, cancellationToken);
        return (template, audience.Select(Outbound.BySms).OfType<Addressee>().ToList());
    }

    private Dictionary<string, string> Values(string firstName) => new()
    {
        [MergeFields.FirstName] = firstName,
        [MergeFields.Name] = firstName,
        [MergeFields.Association] = association.Required.Name,
    };

    private static string Preview(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
