namespace Federation.Extensions;

/// <summary>
/// Marks the interfaces a plugin may implement. The host instantiates every public,
/// non-abstract type in a plugin assembly that implements one of them (parameterless
/// constructor) and calls it only through a guard that contains failures.
/// </summary>
public interface IExtensionPoint;
