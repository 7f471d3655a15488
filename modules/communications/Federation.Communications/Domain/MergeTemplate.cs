using System.Text;
using Federation.Platform.Web;

namespace Federation.Communications.Domain;

/// <summary>
/// A text with merge fields a board member can write without code: <c>{{förnamn}}</c> and the other
/// <see cref="MergeFields"/>, and a block shown only when a field has a value:
/// <c>{{#om aktiviteter}} … {{/om}}</c>. Compiled once (errors name the line), rendered per recipient.
/// </summary>
internal sealed class MergeTemplate
{
    private readonly List<Part> parts;

    private MergeTemplate(List<Part> parts) => this.parts = parts;

    public static MergeTemplate Compile(string text)
    {
        var root = new List<Part>();
        var open = new Stack<(List<Part> Outer, string Field, int Line)>();
        var current = root;
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (start < 0) { current.Add(new Literal(text[at..])); break; }
            if (start > at) current.Add(new Literal(text[at..start]));
            var line = LineOf(text, start);
            var end = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", start + 2, StringComparison.Ordinal);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end))
                throw new TemplateException(line, Text.T(
                    $"Rad {line}: fältet som börjar med \"{{{{\" stängs aldrig med \"}}}}\".",
                    $"Line {line}: the field starting with \"{{{{\" is never closed with \"}}}}\"."));
            var tag = text[(start + 2)..end].Trim();
            at = end + 2;
            if (tag.StartsWith('#'))
            {
                var words = tag[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length != 2 || words[0] is not ("om" or "if"))
                    throw new TemplateException(line, Text.T(
                        $"Rad {line}: ett villkor skrivs {{{{#om fält}}}} … {{{{/om}}}}, inte {{{{{tag}}}}}.",
                        $"Line {line}: a condition is written {{{{#if field}}}} … {{{{/if}}}}, not {{{{{tag}}}}}."));
                var field = Field(words[1], line);
                var inner = new List<Part>();
                current.Add(new Conditional(field, inner));
                open.Push((current, field, line));
                current = inner;
            }
            else if (tag.StartsWith('/'))
            {
                if (open.Count == 0)
                    throw new TemplateException(line, Text.T(
                        $"Rad {line}: {{{{{tag}}}}} avslutar ett villkor som aldrig började.",
                        $"Line {line}: {{{{{tag}}}}} ends a condition that never started."));
                current = open.Pop().Outer;
            }
            else current.Add(new FieldPart(Field(tag, line)));
        }
        if (open.Count > 0)
        {
            var (_, field, line) = open.Peek();
            throw new TemplateException(line, Text.T(
                $"Rad {line}: villkoret {{{{#om {field}}}}} avslutas aldrig med {{{{/om}}}}.",
                $"Line {line}: the condition {{{{#if {field}}}}} is never ended with {{{{/if}}}}."));
        }
        return new MergeTemplate(root);
    }

    /// <summary>The text for one recipient. Values are inserted as they are; the caller escapes them for Markdown.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var output = new StringBuilder();
        Write(parts, values, output);
        return output.ToString();
    }

    private static void Write(List<Part> parts, IReadOnlyDictionary<string, string> values, StringBuilder output)
    {
        foreach (var part in parts)
            switch (part)
            {
                case Literal l: output.Append(l.Text); break;
                case FieldPart f: output.Append(values.GetValueOrDefault(f.Field, "")); break;
                case Conditional c when !string.IsNullOrWhiteSpace(values.GetValueOrDefault(c.Field)):
                    Write(c.Parts, values, output);
                    break;
            }
    }

    private static string Field(string name, int line) =>
        MergeFields.Canonical(name) ?? throw new TemplateException(line, Text.T(
            $"Rad {line}: okänt fält {{{{{name}}}}}. Fälten är {MergeFields.Listed}.",
            $"Line {line}: unknown field {{{{{name}}}}}. The fields are {MergeFields.Listed}."));

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    private abstract record Part;
    private sealed record Literal(string Text) : Part;
    private sealed record FieldPart(string Field) : Part;
    private sealed record Conditional(string Field, List<Part> Parts) : Part;
}

/// <summary>A merge field or condition that cannot be read; <see cref="Exception.Message"/> says where and why.</summary>
internal sealed class TemplateException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>The merge fields, by their Swedish names (English aliases accepted).</summary>
internal static class MergeFields
{
    public const string FirstName = "förnamn";
    public const string Name = "namn";
    public const string Association = "förening";
    public const string Activities = "aktiviteter";
    public const string Unsubscribe = "avregistrera";

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [FirstName] = FirstName, ["first_name"] = FirstName, ["fornamn"] = FirstName,
        [Name] = Name, ["name"] = Name,
        [Association] = Association, ["association"] = Association, ["forening"] = Association,
        [Activities] = Activities, ["activities"] = Activities,
        [Unsubscribe] = Unsubscribe, ["unsubscribe"] = Unsubscribe,
    };

    public static string Listed => "{{förnamn}}, {{namn}}, {{förening}}, {{aktiviteter}}, {{avregistrera}}";

    public static string? Canonical(string name) => Names.GetValueOrDefault(name.Trim());
}
