namespace Federation.Extensions;

/// <summary>The function roles (funktionsansvar) an association's board must have.</summary>
public interface IRequiredBoardFunctions : IExtensionPoint
{
    /// <summary>Ids from <see cref="BoardFunctions"/> (or the association's own), for a year.</summary>
    IReadOnlyList<string> RequiredFunctions(int year);
}
