using System.Net;

namespace Federation.Security.Tests;

/// <summary>Signs in through the sign-in form as a browser does (antiforgery token, cookie jar), optionally behind a proxy.</summary>
public static class FormSignIn
{
    /// <summary>The form's answer; <paramref name="cookies"/> keeps the session cookie for the browser that sent it.</summary>
    public static async Task<HttpResponseMessage> Post(FederationServer server, string email, string password, string? clientAddress = null,
        bool https = false, CookieContainer? cookies = null)
    {
        using var browser = server.CreateClient(allowAutoRedirect: false, cookies);
        var html = await browser.GetStringAsync("/signin");
        var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin", ["__RequestVerificationToken"] = Forms.AntiforgeryToken(html),
                ["Input.Email"] = email, ["Input.Password"] = password,
            }),
        };
        if (clientAddress is not null) post.Headers.Add("X-Forwarded-For", clientAddress);
        if (https) post.Headers.Add("X-Forwarded-Proto", "https");
        return await browser.SendAsync(post);
    }
}
