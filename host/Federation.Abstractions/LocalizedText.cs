using System.Globalization;

namespace Federation;

/// <summary>Text in Swedish (the default) and English.</summary>
public sealed record LocalizedText(string Sv, string En)
{
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? En : Sv;

    public override string ToString() => For(CultureInfo.CurrentUICulture);
}
