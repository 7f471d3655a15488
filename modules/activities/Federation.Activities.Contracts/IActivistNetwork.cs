namespace Federation.Activities.Contracts;

/// <summary>
/// The district's activist network (Storstockholm 2023–2025: "Återupprätta aktivistnätverket eller liknande forum"), as
/// the activity plan counts it. Implemented by the activities module; resolve it optionally where activities is off.
/// </summary>
public interface IActivistNetwork
{
    /// <summary>The days people joined who are still in the network, in [<paramref name="from"/>, <paramref name="to"/>]: every association's when the district asks, otherwise the association's own.</summary>
    Task<IReadOnlyList<DateOnly>> Joined(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
