using System.Text.RegularExpressions;
using Federation.Activities.Storage;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Domain;

/// <summary>A priority area as the board enters it; postal codes comma- or space-separated ("125 30, 125 31").</summary>
internal sealed record PriorityAreaInput(string? Name, string? PostalCodes);

/// <summary>
/// The current association's priority areas: its plugin's (defaults, read-only) and those it entered
/// itself with their postal codes (Solna 2024: "Titta över vilka våra prioriterade områden vi har och
/// bör ha"). An activity is in a priority area when its area is one of the names or postal codes.
/// </summary>
internal sealed partial class PriorityAreaList(ActivitiesDbContext db, IPluginRules plugins)
{
    public IReadOnlyList<string> FromPlugins(string associationId) =>
        plugins.Ask<IPriorityAreas, List<string>>(associationId, all => all.SelectMany(p => p.Areas).ToList(), []);

    public async Task<IReadOnlyList<PriorityArea>> Entered(CancellationToken ct) =>
        await db.PriorityAreas.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);

    /// <summary>Every area's name.</summary>
    public async Task<IReadOnlyList<string>> For(string associationId, CancellationToken ct)
    {
        var entered = await db.PriorityAreas.Select(a => a.Name).ToListAsync(ct);
        return FromPlugins(associationId).Concat(entered).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>What an activity's area is matched against: every name and every entered postal code.</summary>
    public async Task<IReadOnlyList<string>> MatchKeys(string associationId, CancellationToken ct)
    {
        var codes = (await db.PriorityAreas.Select(a => a.PostalCodes).ToListAsync(ct)).SelectMany(Codes);
        return (await For(associationId, ct)).Concat(codes).ToList();
    }

    public static bool Matches(IReadOnlyList<string> keys, string? area)
    {
        if (string.IsNullOrWhiteSpace(area)) return false;
        var trimmed = area.Trim();
        var code = trimmed.Replace(" ", "");
        return keys.Contains(trimmed, StringComparer.OrdinalIgnoreCase) || (PostalCode().IsMatch(code) && keys.Contains(code));
    }

    public async Task<PriorityArea> Save(Guid? id, PriorityAreaInput input, CancellationToken ct)
    {
        var problems = new Problems();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) problems.Add("name", T("Ange områdets namn (högst 100 tecken).", "The area's name is required (at most 100 characters)."));
        var parts = (input.PostalCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace(" ", "")).Where(p => p.Length > 0).ToList();
        foreach (var bad in parts.Where(p => !PostalCode().IsMatch(p)))
            problems.Add("postalCodes", T($"”{bad}” är inget postnummer (fem siffror, t.ex. 125 30).", $"'{bad}' is not a postal code (five digits, e.g. 125 30)."));
        var area = id is { } existing
            ? await db.PriorityAreas.FirstOrDefaultAsync(a => a.Id == existing, ct) ?? throw new KeyNotFoundException(T($"Det prioriterade området {existing} finns inte.", $"No priority area {existing}."))
            : null;
        if (name is { Length: > 0 } && (await db.PriorityAreas.Where(a => a.Id != id).Select(a => a.Name).ToListAsync(ct))
                .Contains(name, StringComparer.OrdinalIgnoreCase))
            problems.Add("name", T($"Det finns redan ett prioriterat område som heter ”{name}”.", $"There is already a priority area named '{name}'."));
        problems.ThrowIfAny();

        if (area is null) db.PriorityAreas.Add(area = new PriorityArea { Id = Guid.NewGuid() });
        area.Name = name!;
        area.PostalCodes = parts.Count == 0 ? null : string.Join(',', parts.Distinct());
        await db.SaveChangesAsync(ct);
        return area;
    }

    public async Task Remove(Guid id, CancellationToken ct)
    {
        var area = await db.PriorityAreas.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new KeyNotFoundException(T($"Det prioriterade området {id} finns inte.", $"No priority area {id}."));
        db.PriorityAreas.Remove(area);
        await db.SaveChangesAsync(ct);
    }

    public static IEnumerable<string> Codes(string? postalCodes) => string.IsNullOrEmpty(postalCodes) ? [] : postalCodes.Split(',');

    /// <summary>Swedish postal codes: five digits, written "125 30".</summary>
    public static string Display(string code) => code.Length == 5 ? $"{code[..3]} {code[3..]}" : code;

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCode();
}
