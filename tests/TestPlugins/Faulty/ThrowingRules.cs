using Federation.Extensions;

namespace Federation.TestPlugins.Faulty;

/// <summary>Required board functions computed with a private dependency (Markdig), or a throw on demand.</summary>
public sealed class ThrowingBoardFunctions : IRequiredBoardFunctions
{
    public IReadOnlyList<string> RequiredFunctions(int year)
    {
        if (year == 1999) return [Markdig.Markdown.ToPlainText("**chair**").Trim()];
        throw new InvalidOperationException($"No rule for {year}");
    }
}
