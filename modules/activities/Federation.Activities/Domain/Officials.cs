using Federation.Board.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.Domain;

/// <summary>
/// Who counts as an elected official for the per-person participation targets (Solna 2024:
/// "Förtroendevalda ska minst närvara på två flygbladsutdelningar per termin och ett torgmöte per år"): the board's
/// one list, read through its contract. Empty where the association has board work off.
/// </summary>
internal sealed class Officials(IServiceProvider services)
{
    public async Task<IReadOnlyList<OfficialCard>> On(DateOnly day, CancellationToken ct) =>
        services.GetService<IElectedOfficials>() is { } board ? await board.On(day, ct) : [];
}
