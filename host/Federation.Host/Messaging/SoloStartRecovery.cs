using Wolverine.Runtime;

namespace Federation.Host.Messaging;

/// <summary>
/// On SQLite one process owns the file (Wolverine's Solo mode), so every message the store still
/// holds for some node at start-up belongs to a process that has gone — stopped or killed between
/// storing a message and handling it. Released to any node, the recovery sweep queues them again.
/// (With several instances on PostgreSQL, Wolverine releases a dead node's messages itself.)
/// </summary>
internal sealed class SoloStartRecovery(IWolverineRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.Storage.Admin.ReleaseAllOwnershipAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
