using Federation.Platform.Tenancy;
using MimeKit;

namespace Federation.Communications.Tests;

/// <summary>The real product in-process with a real SMTP server (aiosmtpd on 127.0.0.1) configured as its mail server.</summary>
internal sealed class CommsHost : IAsyncDisposable
{
    public required TestHost Host { get; init; }
    public required SmtpSink Smtp { get; init; }
    public required HttpClient Board { get; init; }

    /// <param name="clock">The product's clock, where the test moves time.</param>
    /// <param name="dataDirectory">A data folder to reuse: a second host on it is the first one restarted.</param>
    public static async Task<CommsHost> Start(Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null, int? smtpPort = null, bool startSmtp = true,
        ManualClock? clock = null, string? dataDirectory = null)
    {
        var port = smtpPort ?? HostProcess.FreePort();
        var smtp = startSmtp ? await SmtpSink.Start(port) : null;
        var host = await TestHost.Start(b =>
        {
            b.Configuration["Communications:Smtp:Host"] = "127.0.0.1";
            b.Configuration["Communications:Smtp:Port"] = port.ToString();
            b.Configuration["Communications:Smtp:Security"] = "none";
            b.Configuration["Communications:Smtp:From"] = "Vänsterpartiet Solna <nyhetsbrev@solna.test>";
            b.Configuration["Communications:PublicUrl"] = "https://federation.test";
            if (clock is not null) b.Host.UseServiceProviderFactory(new ClockOverride(clock));
            configure?.Invoke(b);
        }, dataDirectory);
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        return new CommsHost { Host = host, Smtp = smtp!, Board = board };
    }

    /// <summary>Adds a member through the register's API and returns their id.</summary>
    public async Task<Guid> Member(string number, string firstName, string? email, string joinedOn = "2015-01-01", bool contactByEmail = true,
        string? phone = null, bool contactBySms = false, bool nonDigital = false, string? street = null, string? postalCode = null, string? city = null)
    {
        var response = await Board.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = number, firstName, lastName = "Andersson", email, joinedOn, phone, contactByEmail, contactBySms, nonDigital,
            contactByPost = nonDigital, street, postalCode, city,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var member = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return member.GetProperty("id").GetGuid();
    }

    /// <summary>Adds a newsletter series; its id.</summary>
    public async Task<Guid> Series(string name = "På gång i föreningen", string rhythm = "monthly")
    {
        var response = await Board.PostAsJsonAsync("/api/associations/solna/communications/series", new { name, rhythm });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Saves a newsletter draft in <paramref name="series"/>; its id.</summary>
    public async Task<Guid> Draft(Guid series, string body, string subject = "Nytt från {{förening}}")
    {
        var response = await Board.PostAsJsonAsync("/api/associations/solna/communications/newsletters", new { seriesId = series, subject, body });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Adds an activity through the calendar's API (times as the form takes them, Swedish local); its id.</summary>
    public async Task<Guid> Activity(string type, string title, DateTimeOffset start)
    {
        var created = await Board.PostAsJsonAsync("/api/associations/solna/activities",
            new { type, title, start = Local(start), end = Local(start.AddHours(2)), place = "Folkets hus" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>An instant as the activity form writes it: Stockholm time, to the minute.</summary>
    public static string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Stockholm).ToString("yyyy-MM-ddTHH:mm");

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public async Task<T> In<T>(string association, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(association)!);
        return await work(scope.ServiceProvider);
    }

    public Task In(string association, Func<IServiceProvider, Task> work) => In(association, async sp => { await work(sp); return 0; });

    /// <summary>The mails the SMTP server received, parsed.</summary>
    public IReadOnlyList<MimeMessage> Received() => Smtp.Files().Select(f => MimeMessage.Load(f)).ToList();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (Smtp is not null) await Smtp.DisposeAsync();
    }
}
