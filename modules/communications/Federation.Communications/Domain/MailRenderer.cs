using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Markdig;

namespace Federation.Communications.Domain;

/// <param name="Body">The HTML of the text alone (no page around it), for previews.</param>
internal sealed record RenderedMail(string Subject, string Text, string Html, string Body);

/// <summary>Who a text is rendered for: the merge fields' values.</summary>
internal sealed record Recipient(string FirstName, string Name, string UnsubscribeUrl);

/// <summary>
/// Renders a mailing for one recipient: subject and body through the merge fields, the body's
/// Markdown to HTML (raw HTML in the Markdown is not passed through) and as plain text. No
/// tracking: no pixels, links as written.
/// </summary>
internal sealed class MailRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().DisableHtml().Build();

    private readonly ConcurrentDictionary<string, MergeTemplate> compiled = new();

    public RenderedMail Render(string subject, string body, string association, string? activities, Recipient to)
    {
        var (subjectTemplate, bodyTemplate) = (Compiled(subject), Compiled(body));
        var plain = Values(association, activities, to, escape: false);
        var text = bodyTemplate.Render(plain).Trim() + Footer(association, to.UnsubscribeUrl);
        var html = Markdown.ToHtml(bodyTemplate.Render(Values(association, activities, to, escape: true)), Pipeline);
        return new(subjectTemplate.Render(plain).ReplaceLineEndings(" ").Trim(), text, Page(html, association, to.UnsubscribeUrl), html);
    }

    /// <summary>The text with the merge fields filled in and nothing else (SMS).</summary>
    public string Merge(string text, string association, string? activities, Recipient to) =>
        Compiled(text).Render(Values(association, activities, to, escape: false));

    /// <summary>Compiles once per text; a mailing's text does not change once queued.</summary>
    private MergeTemplate Compiled(string text)
    {
        if (compiled.Count > 256) compiled.Clear();
        return compiled.GetOrAdd(text, MergeTemplate.Compile);
    }

    private static Dictionary<string, string> Values(string association, string? activities, Recipient to, bool escape) => new()
    {
        [MergeFields.FirstName] = escape ? EscapeMarkdown(to.FirstName) : to.FirstName,
        [MergeFields.Name] = escape ? EscapeMarkdown(to.Name) : to.Name,
        [MergeFields.Association] = escape ? EscapeMarkdown(association) : association,
        [MergeFields.Activities] = activities ?? "",
        [MergeFields.Unsubscribe] = to.UnsubscribeUrl,
    };

    private static string Footer(string association, string unsubscribe) =>
        $"\n\n--\nDu får det här från {association}. Avregistrera dig: {unsubscribe}\n";

    private static string Page(string body, string association, string unsubscribe)
    {
        var html = new StringBuilder(body.Length + 600);
        html.Append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>")
            .Append("<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em;margin:0 auto;padding:1em;color:#222\">")
            .Append(body)
            .Append("<hr><p style=\"font-size:0.85em;color:#555\">Du får det här från ").Append(WebUtility.HtmlEncode(association))
            .Append(". <a href=\"").Append(WebUtility.HtmlEncode(unsubscribe)).Append("\">Avregistrera dig</a>.</p></body></html>");
        return html.ToString();
    }

    /// <summary>A name must not turn into Markdown (a "*" in a name is a star, not emphasis).</summary>
    private static string EscapeMarkdown(string value)
    {
        var escaped = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '<' or '>' or '|' or '~')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
