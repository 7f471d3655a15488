using System.Reflection;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Federation.Host.Demo;
using Federation.Host.Modules;
using Federation.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Federation.Browser.Tests;

/// <summary>Everything one role saw: the pages and the links its menu offers.</summary>
public sealed record RoleCrawl(IReadOnlyList<PageVisit> Visits, IReadOnlyList<string> MenuLinks);

/// <summary>What one page looked like to one role on a 390 px phone: its width, axe's serious findings and its text.</summary>
public sealed record PageVisit(string Role, string Path, int Status, int ScrollWidth, IReadOnlyList<string> Violations, string Text);

/// <summary>What a page answered when one of its forms was sent with bad input (<c>Form</c>: the form's handler name).</summary>
public sealed record FormAnswer(string Role, string Path, string Form, int Status, string Text);

/// <summary>
/// The demo district, opened page by page as each demo account on a 390 px phone. The pages are not
/// listed by hand: they are the Razor components' routes (host and modules) with the association filled
/// in, plus one page for each route with an id that their links lead to – so a page added later is
/// visited without touching this file. Each role's visits are made once and shared by the checks.
/// </summary>
public sealed class SiteCrawl : IAsyncLifetime
{
    public const int PhoneWidth = 390;

    /// <summary>The demo accounts, one per kind of user, and the association whose pages each opens.</summary>
    private static readonly Dictionary<string, string> Accounts = new()
    {
        ["medlem@solna.demo"] = "solna",
        ["medlemsansvarig@solna.demo"] = "solna",
        ["samordnare@sundbyberg.demo"] = "solna",
        ["ordforande@solna.demo"] = "solna",
        ["kansli@storstockholm.demo"] = "storstockholm",
        ["admin@storstockholm.demo"] = "storstockholm",
    };

    public static TheoryData<string> Roles => [.. Accounts.Keys];

    /// <summary>The role whose pages are photographed (the board sees the most).</summary>
    public const string ScreenshotRole = "samordnare@sundbyberg.demo";

    /// <summary>A browser page at the app's address, signed in as a demo account.</summary>
    public async Task<IPage> SignedIn(string email, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignIn(page, email, DemoDistrict.Password);
        return page;
    }

    // Pages that are actions or files, not something to look at.
    private static readonly Regex NotAPage = new(@"^/(signout|culture|api/)|\.(csv|ics|xlsx|json|pdf)$|/export", RegexOptions.IgnoreCase);

    private readonly Dictionary<string, Task<RoleCrawl>> crawls = [];
    private Task<IReadOnlyList<FormAnswer>> badInput = default!;
    private IPlaywright? playwright;
    private FederationServer server = default!;
    private IBrowser browser = default!;

    public async Task InitializeAsync()
    {
        server = await FederationServer.StartAsync();
        await DemoDistrict.SeedIfEmpty(server.App);
        await server.Services.GetRequiredService<Federation.Host.Messaging.MessageQueues>().WaitUntilQuiet(TimeSpan.FromMinutes(2));
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions);
        // Two roles at a time: the machines running the tests have two cores.
        var turns = new SemaphoreSlim(2);
        foreach (var email in Accounts.Keys) crawls[email] = Turn(turns, () => Crawl(email));
        badInput = SendBadInput();
    }

    private static async Task<RoleCrawl> Turn(SemaphoreSlim turns, Func<Task<RoleCrawl>> crawl)
    {
        await turns.WaitAsync();
        try { return await crawl(); }
        finally { turns.Release(); }
    }

    /// <summary>Every page this account can reach, visited once (the checks share the crawl).</summary>
    public Task<RoleCrawl> Of(string email) => crawls[email];

    /// <summary>Every page's forms, sent with bad input once the crawls are done (it changes the demo data).</summary>
    public Task<IReadOnlyList<FormAnswer>> BadInput() => badInput;

    /// <summary>The accounts whose pages' forms get bad input: between them they see every form of an association and the district.</summary>
    private static readonly string[] FormFillers = ["ordforande@solna.demo", "admin@storstockholm.demo"];

    // A form someone types into, posted to the server (search forms use GET and only filter).
    private const string TypedForms = "main form[method=post]:has(textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]))";

    // Bad input: every typed field emptied (numbers -1), the browser's own checks off, sent with the form's first button
    // as a plain post (an enhanced form would answer in place, without the navigation the crawl waits for).
    private const string FillBadly = @"f => {
        f.noValidate = true;
        f.removeAttribute('data-enhance');
        for (const el of f.querySelectorAll('textarea, input')) {
            if (['hidden', 'checkbox', 'radio', 'file', 'submit', 'button'].includes(el.type)) continue;
            el.value = el.type === 'number' ? '-1' : '';
        }
        f.requestSubmit(f.querySelector('button:not([type=button]), input[type=submit]') ?? undefined);
    }";

    private async Task<IReadOnlyList<FormAnswer>> SendBadInput()
    {
        await Task.WhenAll(crawls.Values);
        var answers = new List<FormAnswer>();
        foreach (var email in FormFillers)
        {
            var page = await SignedIn(email, PhoneWidth, 844);
            foreach (var path in (await crawls[email]).Visits.Where(v => v.Status == 200).Select(v => v.Path))
            {
                await page.GotoAsync(path);
                var count = await page.Locator(TypedForms).CountAsync();
                for (var i = 0; i < count; i++)
                {
                    if (i > 0) await page.GotoAsync(path);
                    var form = page.Locator(TypedForms).Nth(i);
                    var handler = await form.EvaluateAsync<string>("f => f.querySelector('input[name=_handler]')?.value ?? ''");
                    var response = await page.RunAndWaitForNavigationAsync(() => form.EvaluateAsync(FillBadly));
                    answers.Add(new FormAnswer(email, path, handler, response?.Status ?? 0, await page.InnerTextAsync("body")));
                }
            }
            await page.Context.DisposeAsync();
        }
        return answers;
    }

    /// <summary>The routes of every Razor page in the host and the modules, e.g. <c>/a/{association}/calls/{Id:guid}</c>.</summary>
    public IReadOnlyList<string> Routes() =>
        new[] { typeof(Federation.Host.Web.App).Assembly }.Concat(server.Services.GetRequiredService<ModuleCatalog>().Assemblies)
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private async Task<RoleCrawl> Crawl(string email)
    {
        var association = Accounts[email];
        var routes = Routes().Select(r => (Template: r, Pattern: Pattern(r))).ToList();
        var queue = new Queue<string>(routes.Where(r => !r.Template.Replace("{association}", "").Contains('{'))
            .Select(r => r.Template.Replace("{association}", association)).Where(p => !NotAPage.IsMatch(p)));
        var seen = new HashSet<string>();
        var visits = new List<PageVisit>();

        var page = await SignedIn(email, PhoneWidth, 844);
        await page.GotoAsync($"/a/{association}");
        var menu = await page.EvalOnSelectorAllAsync<string[]>("nav.menu a[href]", "as => as.map(a => new URL(a.href).pathname)");
        while (queue.TryDequeue(out var path))
        {
            var template = routes.FirstOrDefault(r => r.Pattern.IsMatch(path)).Template ?? path;
            if (!seen.Add(template)) continue;
            var response = await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var axe = await page.RunAxe();
            var violations = axe.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} – {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}").ToList();
            visits.Add(new PageVisit(email, path, response?.Status ?? 0, width, violations, await page.InnerTextAsync("body")));
            if (email == ScreenshotRole) await BrowserFixture.Screenshot(page, $"every-page-{PhoneWidth}{path.Replace('/', '-')}");

            // Follow links to pages of routes not visited yet (one page per route).
            var links = await page.EvalOnSelectorAllAsync<string[]>("main a[href]", "as => as.map(a => new URL(a.href).pathname)");
            foreach (var link in links.Where(l => !NotAPage.IsMatch(l)))
                if (routes.FirstOrDefault(r => r.Pattern.IsMatch(link)).Template is { } t && !seen.Contains(t)) queue.Enqueue(link);
        }
        await page.Context.DisposeAsync();
        return new RoleCrawl(visits, menu);
    }

    /// <summary>A route template as a regex over paths: each <c>{parameter}</c> is one segment.</summary>
    private static Regex Pattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template).Replace(@"\{", "{"), @"\{[^}]*}", "[^/]+") + "$", RegexOptions.IgnoreCase);

    public async Task DisposeAsync()
    {
        // The forms may still be being sent when no check asked for them: let them finish before the browser goes.
        if (badInput is not null) await badInput.ContinueWith(_ => { }, TaskScheduler.Default);
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
    }
}
