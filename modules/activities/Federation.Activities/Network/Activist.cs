using Federation.Platform.Storage;

namespace Federation.Activities.Network;

/// <summary>
/// Someone in the district's activist network: "det ska vara lätt att engagera sig även om man inte är knuten till en
/// geografisk plats … Nätverkets medlemmar var behjälpliga när det behövdes folk vid till aktiviteter runt om i
/// distriktet så som affischering, flygbladsutdelning, dörrknackning eller torgmöten" (Storstockholm 2023–2025).
/// The row belongs to the person's own association; the district reads every association's.
/// </summary>
internal sealed class Activist : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";

    /// <summary>The account that joined, "Name &lt;email&gt;" (<c>Actors</c>): the district reaches them there.</summary>
    public string Account { get; set; } = "";

    public string? Phone { get; set; }

    /// <summary>The kinds of action they help with: activity type ids, comma-separated.</summary>
    public string Kinds { get; set; } = "";

    /// <summary>Where in the district they can help, in their own words.</summary>
    public string? Area { get; set; }

    public DateOnly JoinedOn { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> KindList => Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
