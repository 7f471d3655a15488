using System.Net;
using System.Text.RegularExpressions;

namespace Federation.TestSupport;

/// <summary>Posts a page's form as a browser would: the antiforgery token and cookie from a GET of the same page first.</summary>
public static partial class Forms
{
    /// <summary>The answer's HTML with entities decoded; anything but 200 fails with the answer.</summary>
    public static async Task<string> Post(this HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = AntiforgeryToken(html);
        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var response = await client.SendAsync(post);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"posting {handler} to {url} answered {(int)response.StatusCode}: {text}");
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>A page's HTML with entities decoded, so assertions read as the person sees the text.</summary>
    public static async Task<string> Page(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));

    /// <summary>The antiforgery token of the (first) form in a page's HTML.</summary>
    public static string AntiforgeryToken(string html) => Token().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
