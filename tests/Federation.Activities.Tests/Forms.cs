using System.Text.RegularExpressions;

namespace Federation.Activities.Tests;

/// <summary>Posting a page's form as a browser does: the antiforgery token and cookie come from the page first.</summary>
internal static class Forms
{
    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string url, string handler, params (string Key, string Value)[] fields)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty($"no form on {url}");
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("_handler", handler)).Append(new("__RequestVerificationToken", token));
        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(all) };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return await client.SendAsync(post);
    }

    public static async Task<string> PostFormText(this HttpClient client, string url, string handler, params (string Key, string Value)[] fields)
    {
        var response = await client.PostForm(url, handler, fields);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Text as a person reads it: tags stripped, entities decoded, whitespace collapsed.</summary>
    public static string Visible(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ");
}
