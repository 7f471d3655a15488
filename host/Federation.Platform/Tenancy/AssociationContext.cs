namespace Federation.Platform.Tenancy;

/// <summary>
/// The association the current request or message is for (scoped). Set from the route by the
/// host's middleware and from the event by the message consumer; storage filters by it.
/// </summary>
public sealed class AssociationContext
{
    public Association? Current { get; private set; }

    public string? AssociationId => Current?.Id;

    public Association Required =>
        Current ?? throw new InvalidOperationException("No association is selected for this operation.");

    public void Enter(Association association)
    {
        if (Current is not null && Current.Id != association.Id)
            throw new InvalidOperationException(
                $"This scope already runs for association '{Current.Id}', not '{association.Id}'.");
        Current = association;
    }
}
