using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Federation.Communications.Sending;

/// <summary>The server's answer to one mail: accepted, or refused for good with its reply.</summary>
internal sealed record MailResult(bool Accepted, string Reply);

/// <summary>The mail server could not take the mail now (4xx, down, connection lost): try again later.</summary>
internal sealed class TemporaryDeliveryException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Hands mails to the configured SMTP server with MailKit, keeping connections open between mails
/// (a pool, one mail per connection at a time) and within the district's rate limit.
/// </summary>
internal sealed class SmtpMailer(IOptions<CommunicationsSettings> options) : IDisposable
{
    private readonly ConcurrentBag<SmtpClient> idle = [];
    private readonly RateLimiter? limiter = Limiter(options.Value.RatePerMinute);

    public SmtpSettings Settings => options.Value.Smtp;

    public Task<MailResult> Send(MimeMessage message, CancellationToken cancellationToken) =>
        SendMetrics.Measure("mail", () => SendNow(message, cancellationToken));

    private async Task<MailResult> SendNow(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!Settings.Configured) throw new InvalidOperationException("No SMTP server is configured (Communications:Smtp:Host).");
        if (limiter is not null) using (await limiter.AcquireAsync(1, cancellationToken)) { }
        SmtpClient? client = null;
        try
        {
            client = await Connected(cancellationToken);
            var reply = await client.SendAsync(message, cancellationToken);
            idle.Add(client);
            client = null;
            return new(true, reply);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            await Reset(client);
            return new(false, $"{(int)e.StatusCode} {e.Message}");
        }
        catch (SmtpCommandException e)
        {
            await Reset(client);
            throw new TemporaryDeliveryException($"The mail server answered {(int)e.StatusCode} {e.Message}", e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException or SslHandshakeException)
        {
            client?.Dispose();
            throw new TemporaryDeliveryException($"The mail server {Settings.Host}:{Settings.EffectivePort} could not be reached: {e.Message}", e);
        }
    }

    private async Task<SmtpClient> Connected(CancellationToken cancellationToken)
    {
        while (idle.TryTake(out var pooled))
        {
            if (pooled.IsConnected) return pooled;
            pooled.Dispose();
        }
        var client = new SmtpClient { Timeout = 30_000 };
        var security = Settings.Security.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        try
        {
            await client.ConnectAsync(Settings.Host, Settings.EffectivePort, security, cancellationToken);
            if (!string.IsNullOrEmpty(Settings.User)) await client.AuthenticateAsync(Settings.User, Settings.Password ?? "", cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>After a refused mail the connection is usable again once reset; if not, it goes.</summary>
    private async Task Reset(SmtpClient? client)
    {
        if (client is null) return;
        try
        {
            await client.NoOpAsync();
            idle.Add(client);
        }
        catch { client.Dispose(); }
    }

    private static RateLimiter? Limiter(int perMinute) => perMinute <= 0 ? null : new TokenBucketRateLimiter(new()
    {
        TokenLimit = Math.Max(1, perMinute / 60),
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = int.MaxValue,
        AutoReplenishment = true,
    });

    public void Dispose()
    {
        while (idle.TryTake(out var client)) client.Dispose();
        limiter?.Dispose();
    }
}
