using Federation.Extensions;

namespace Federation.Platform.Plugins;

/// <summary>
/// The rules an association's plugins supply, behind a guard: a plugin that throws is reported,
/// taken out of service, and the association falls back to <paramref name="fallback"/> (or the
/// next plugin's answer). Materialise lazy results inside <c>ask</c> so failures stay inside.
/// </summary>
public interface IPluginRules
{
    TResult Ask<TExtension, TResult>(
        string associationId,
        Func<IReadOnlyList<TExtension>, TResult?> ask,
        TResult fallback)
        where TExtension : class, IExtensionPoint;
}
