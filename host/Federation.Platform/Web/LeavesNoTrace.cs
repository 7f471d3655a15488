namespace Federation.Platform.Web;

/// <summary>
/// Endpoint metadata: the request must leave no record of when the caller made it — casting a secret ballot,
/// whose time next to a token's last use would tell who voted when. The API token's last use is not updated.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class LeavesNoTraceAttribute : Attribute;
