using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Host.Tests;

/// <summary>A board member of one association tries every API endpoint and page of another: all refused.</summary>
public sealed class IsolationTests : IAsyncLifetime
{
    private TestHost host = null!;
    private string solnaBoard = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        solnaBoard = await host.TokenFor("styrelse@solna.test", "solna", "board");
        var alvsjo = await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board");
        (await host.Client(alvsjo).AddMember("alvsjo-hagersten", "A-1", "Hemlig")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>Another association that enabled the route's module: Älvsjö-Hägersten, or for communications (on only in Solna and the district) the district.</summary>
    private static string Other(string route) => route.Contains("/communications", StringComparison.Ordinal) ? "storstockholm" : "alvsjo-hagersten";

    [Fact]
    public async Task Every_api_endpoint_of_another_association_is_refused()
    {
        var client = host.Client(solnaBoard);
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var scoped = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/associations/{association}", StringComparison.Ordinal)).ToList();
        scoped.Count.ShouldBeGreaterThan(1, "the OpenAPI document lists the modules' association endpoints");

        foreach (var path in scoped)
        foreach (var operation in path.Value.EnumerateObject())
        {
            var url = Fill(path.Name, Other(path.Name));
            var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url);
            if (request.Method != HttpMethod.Get) request.Content = JsonContent.Create(new { });
            var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{request.Method} {url}");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Hemlig");
        }
    }

    [Fact]
    public async Task The_same_endpoints_answer_for_the_members_own_association()
    {
        var response = await host.Client(solnaBoard).GetAsync("/api/associations/solna/members");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Hemlig");
    }

    [Fact]
    public async Task Every_page_of_another_association_is_refused()
    {
        var pages = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                        && e.RoutePattern.RawText!.StartsWith("/a/{association}", StringComparison.Ordinal))
            .Select(e => (Page: e.RoutePattern.RawText!, ByCode: e.Metadata.GetMetadata<IAllowAnonymous>() is not null)).Distinct().ToList();
        pages.ShouldContain(("/a/{association}/members", false));

        var client = host.Client(solnaBoard);
        foreach (var (page, byCode) in pages)
        {
            var response = await client.GetAsync(Fill(page, Other(page)));
            // The meeting room's pages are open to whoever has the meeting's or the ballot's code, guests too: they
            // show the form to type a code, or "Okänd kod" and nothing else for a code that is not one.
            if (byCode) response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
            else response.StatusCode.ShouldBeOneOf([HttpStatusCode.Forbidden, HttpStatusCode.Redirect], page);
            if (response.StatusCode == HttpStatusCode.Redirect) response.Headers.Location!.ToString().ShouldContain("/forbidden");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Hemlig");
        }
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_the_api()
    {
        (await host.Client().GetAsync("/api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_member_without_officer_rights_cannot_read_the_register()
    {
        var member = await host.TokenFor("medlem@solna.test", "solna", "member");
        (await host.Client(member).GetAsync("/api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task District_staff_read_every_association()
    {
        var office = await host.TokenFor("kansli@district.test", "district", "district-office");
        var page = await host.Client(office).GetStringAsync("/api/associations/alvsjo-hagersten/members");
        page.ShouldContain("Hemlig");
    }

    /// <summary>The association, a year where the route takes one, an id everywhere else.</summary>
    private static string Fill(string template, string association) =>
        System.Text.RegularExpressions.Regex.Replace(template.Replace("{association}", association).Replace("{year}", "2026"),
            "{[^}]+}", "00000000-0000-0000-0000-000000000001");
}
