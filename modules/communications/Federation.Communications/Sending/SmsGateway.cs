using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace Federation.Communications.Sending;

/// <summary>Sends one SMS. Throws <see cref="TemporaryDeliveryException"/> when it may work later.</summary>
internal interface ISmsGateway
{
    bool Configured { get; }

    Task<MailResult> Send(string to, string message, CancellationToken cancellationToken);
}

/// <summary>
/// 46elks's REST API: <c>POST /a1/sms</c> with the form fields <c>from</c>, <c>to</c> and <c>message</c>,
/// HTTP basic authentication with the API user and password. A 4xx answer refuses the SMS for good
/// (bad number, no credit); a 5xx or no answer is tried again later.
/// </summary>
internal sealed class FortySixElksGateway(HttpClient http, IOptions<CommunicationsSettings> options) : ISmsGateway
{
    private SmsSettings Settings => options.Value.Sms;

    public bool Configured => Settings.Configured;

    public Task<MailResult> Send(string to, string message, CancellationToken cancellationToken) =>
        SendMetrics.Measure("sms", () => SendNow(to, message, cancellationToken));

    private async Task<MailResult> SendNow(string to, string message, CancellationToken cancellationToken)
    {
        if (!Configured) throw new InvalidOperationException("No SMS gateway is configured (Communications:Sms:User and Password).");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Settings.BaseUrl.TrimEnd('/')}/a1/sms")
        {
            Content = new FormUrlEncodedContent([new("from", Settings.From), new("to", to), new("message", message)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Settings.User}:{Settings.Password}")));
        HttpResponseMessage response;
        try { response = await http.SendAsync(request, cancellationToken); }
        catch (HttpRequestException e) { throw new TemporaryDeliveryException($"The SMS gateway could not be reached: {e.Message}", e); }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode) return new(true, body);
            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
                throw new TemporaryDeliveryException($"The SMS gateway answered {(int)response.StatusCode}: {body}");
            return new(false, $"{(int)response.StatusCode} {body}");
        }
    }
}

/// <summary>Phone numbers as the gateway wants them: E.164, Swedish numbers without the leading zero.</summary>
internal static class PhoneNumbers
{
    public static string? E164(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
        if (digits.StartsWith('+')) return digits.Length >= 8 ? digits : null;
        if (digits.StartsWith("00")) return "+" + digits[2..];
        if (digits.StartsWith('0') && digits.Length >= 8) return "+46" + digits[1..];
        return null;
    }
}
