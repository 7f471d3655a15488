namespace Federation.Studies.Tests;

/// <summary>Posts a page's form as a browser would: the antiforgery token and cookie from a GET of the same page first.</summary>
internal static class Forms
{
    public static async Task<string> Post(this HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var response = await client.SendAsync(post);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"posting {handler} to {url}: {await response.Content.ReadAsStringAsync()}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
