using System.Text.RegularExpressions;

namespace Federation.Browser.Tests;

/// <summary>
/// Every page of the demo district as each demo account sees it on a 390 px phone: nothing wider than
/// the screen, no serious accessibility violation (axe-core), no code or English text in the Swedish UI.
/// </summary>
public sealed class EveryPageTests(SiteCrawl site) : IClassFixture<SiteCrawl>
{
    /// <summary>Internal codes and English that have leaked into the Swedish UI before, and English error phrasing.</summary>
    private static readonly Regex NotSwedish = new(string.Join('|',
        @"\bscottish-stv\b", @"\bzipper\b", @"\b(ActivityCount|PerPerson|PerYear)\b", @"\brule:", @"\bReached\b", @"\bleafleting\b",
        @"\d\d:\d\d UTC\b", @"\b(read|change|export|erase)\b(?!-)",
        @"\b(must be|is required|cannot|could not|No such|not found|Invalid|invalid|Unknown|is not|at least|at most|already|Enter|Choose)\b"));

    [Theory]
    [MemberData(nameof(SiteCrawl.Roles), MemberType = typeof(SiteCrawl))]
    public async Task Every_page_fits_a_390_px_phone(string role)
    {
        var tooWide = (await site.Of(role)).Visits.Where(v => v.ScrollWidth > SiteCrawl.PhoneWidth).Select(v => $"{v.Path}: {v.ScrollWidth} px");
        tooWide.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SiteCrawl.Roles), MemberType = typeof(SiteCrawl))]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violation(string role)
    {
        var violations = (await site.Of(role)).Visits.SelectMany(v => v.Violations.Select(x => $"{v.Path}: {x}"));
        violations.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SiteCrawl.Roles), MemberType = typeof(SiteCrawl))]
    public async Task Every_page_speaks_Swedish(string role)
    {
        var leaks = (await site.Of(role)).Visits.SelectMany(v => NotSwedish.Matches(v.Text).Select(m => $"{v.Path}: “{Around(v.Text, m)}”"));
        leaks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_form_given_bad_input_answers_in_Swedish_without_a_server_error()
    {
        var answers = await site.BadInput();
        answers.Count.ShouldBeGreaterThan(20, "the forms of the association's and the district's pages");
        var problems = answers.Where(a => a.Status >= 500).Select(a => $"{a.Path} ({a.Form}): HTTP {a.Status}")
            .Concat(answers.SelectMany(a => NotSwedish.Matches(a.Text).Select(m => $"{a.Path} ({a.Form}): “{Around(a.Text, m)}”")));
        problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SiteCrawl.Roles), MemberType = typeof(SiteCrawl))]
    public async Task The_menu_offers_only_pages_the_role_may_open(string role)
    {
        var crawl = await site.Of(role);
        crawl.MenuLinks.ShouldNotBeEmpty();
        var refused = crawl.Visits.Where(v => crawl.MenuLinks.Contains(v.Path) && v.Status != 200).Select(v => $"{v.Path}: HTTP {v.Status}");
        refused.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_menus_pages_fit_a_1366_px_desktop_too()
    {
        var page = await site.SignedIn(SiteCrawl.ScreenshotRole, 1366, 900);
        var tooWide = new List<string>();
        foreach (var path in (await site.Of(SiteCrawl.ScreenshotRole)).MenuLinks)
        {
            await page.GotoAsync(path);
            await BrowserFixture.Screenshot(page, $"every-page-1366{path.Replace('/', '-')}");
            if (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") > 1366) tooWide.Add(path);
        }
        tooWide.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_crawl_reaches_the_menu_and_the_pages_behind_it()
    {
        var board = (await site.Of("samordnare@sundbyberg.demo")).Visits.Select(v => v.Path).ToList();
        board.ShouldContain("/a/solna/members");
        board.ShouldContain("/a/solna/activities");
        board.ShouldContain(p => Regex.IsMatch(p, "^/a/solna/members/[0-9a-f-]{36}$"), "a member's page, found through the list's links");
        board.ShouldContain(p => Regex.IsMatch(p, "^/a/solna/elections/[0-9a-f-]{36}$"), "an election, found through the list's links");
        board.Count.ShouldBeGreaterThan(30);
        site.Routes().ShouldContain("/a/{association}/calls/{Id:guid}");
    }

    private static string Around(string text, Match m) =>
        text.Substring(Math.Max(0, m.Index - 30), Math.Min(text.Length - Math.Max(0, m.Index - 30), m.Length + 60)).ReplaceLineEndings(" ");
}
