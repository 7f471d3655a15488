using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Seed 002_3e40c140761c4aa3.txt (2024), "Styrelsens arbete": "Styrelsen följer upp målsättningar minst 2
/// gånger per år." The 2020 plan sets no number, so the default applies before 2024.
/// </summary>
public sealed class SolnaFollowUp : IFollowUpRule
{
    public int FollowUpsPerYear(int year) => year >= 2024 ? 2 : 0;
}
