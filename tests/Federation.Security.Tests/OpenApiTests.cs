using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>Issue 15, item 18: the OpenAPI document describes each endpoint's own input (the election meeting showed the board's).</summary>
public sealed class OpenApiTests
{
    [Theory]
    [InlineData("/api/associations/{association}/elections/meetings", "heldOn")]
    [InlineData("/api/associations/{association}/meetings", "kind")]
    public async Task A_meeting_endpoint_documents_its_own_body(string path, string property)
    {
        await using var host = await TestHost.Start();
        var document = JsonDocument.Parse(await host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board")).GetStringAsync("/openapi/v1.json")).RootElement;
        var reference = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
        schema.GetProperty("properties").TryGetProperty(property, out _).ShouldBeTrue($"{reference} of {path} has '{property}'");
    }
}
