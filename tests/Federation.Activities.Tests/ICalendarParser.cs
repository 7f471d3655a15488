using System.Text;

namespace Federation.Activities.Tests;

/// <summary>
/// A small, strict RFC 5545 reader for tests: every line ends in CRLF, no physical line exceeds 75
/// octets, continuation lines start with one space, components nest properly, TEXT values unescape
/// only the four escapes the RFC allows.
/// </summary>
internal static class ICalendarParser
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

    public sealed class Component(string name)
    {
        public string Name { get; } = name;
        public List<Property> Properties { get; } = [];
        public List<Component> Children { get; } = [];

        public string this[string property] => Properties.Single(p => p.Name == property).Value;

        public Property Get(string property) => Properties.Single(p => p.Name == property);

        public IEnumerable<Component> All(string name) => Children.Where(c => c.Name == name);
    }

    public static Component Parse(byte[] octets)
    {
        var text = Encoding.UTF8.GetString(octets);
        if (!text.EndsWith("\r\n", StringComparison.Ordinal)) throw new FormatException("The stream does not end with CRLF.");
        var physical = text[..^2].Split("\r\n");
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.Contains('\n') || line.Contains('\r')) throw new FormatException("A bare LF or CR inside a line.");
            if (Encoding.UTF8.GetByteCount(line) > 75) throw new FormatException($"Line longer than 75 octets: {line}");
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                if (logical.Count == 0) throw new FormatException("A continuation line opens the stream.");
                logical[^1] += line[1..];
            }
            else logical.Add(line);
        }
        var stack = new Stack<Component>();
        Component? root = null;
        foreach (var line in logical)
        {
            var property = ParseLine(line);
            if (property.Name == "BEGIN")
            {
                var component = new Component(property.Value);
                if (stack.Count > 0) stack.Peek().Children.Add(component);
                else if (root is null) root = component;
                else throw new FormatException("Two top-level components.");
                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                if (stack.Count == 0 || stack.Pop().Name != property.Value) throw new FormatException($"Unbalanced END:{property.Value}.");
            }
            else if (stack.Count == 0) throw new FormatException($"Property outside a component: {line}");
            else stack.Peek().Properties.Add(property);
        }
        if (stack.Count > 0 || root is null) throw new FormatException("Unclosed component.");
        return root;
    }

    private static Property ParseLine(string line)
    {
        var colon = -1;
        var quoted = false;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) colon = i;
        }
        if (colon <= 0) throw new FormatException($"No name:value in '{line}'.");
        var head = line[..colon].Split(';');
        var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return new Property(head[0].ToUpperInvariant(), parameters, line[(colon + 1)..]);
    }

    /// <summary>Unescapes a TEXT value; an unknown escape or an unescaped comma/semicolon is an error.</summary>
    public static string Text(string value)
    {
        var output = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is ',' or ';') throw new FormatException($"Unescaped '{c}' in TEXT '{value}'.");
            if (c != '\\') { output.Append(c); continue; }
            if (++i >= value.Length) throw new FormatException("Dangling backslash.");
            output.Append(value[i] switch
            {
                'n' or 'N' => '\n',
                '\\' => '\\',
                ';' => ';',
                ',' => ',',
                _ => throw new FormatException($"Unknown escape \\{value[i]}."),
            });
        }
        return output.ToString();
    }
}
