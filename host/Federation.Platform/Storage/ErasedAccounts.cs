using System.Linq.Expressions;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Storage;

/// <summary>How every module takes an erased account's name out of the entries that record who did something.</summary>
public static class ErasedAccounts
{
    /// <summary>
    /// Writes <paramref name="pseudonym"/> wherever <paramref name="recordedBy"/> names the account with
    /// <paramref name="email"/> (the entry ends with its <see cref="Actors.Signature"/>), in one update of the rows the
    /// query sees (the current association's, through the module's filters).
    /// </summary>
    public static Task<int> Pseudonymise<T>(
        this IQueryable<T> rows, Expression<Func<T, string?>> recordedBy, string email, string pseudonym, CancellationToken ct)
    {
        var signature = Actors.Signature(email);
        Expression<Func<string>> parameter = () => signature; // a captured value, so the SQL takes it as a parameter
        var recorded = recordedBy.Body;
        var names = Expression.AndAlso(
            Expression.NotEqual(recorded, Expression.Constant(null, typeof(string))),
            Expression.Call(recorded, typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!, parameter.Body));
        return rows.Where(Expression.Lambda<Func<T, bool>>(names, recordedBy.Parameters))
            .ExecuteUpdateAsync(set => set.SetProperty(recordedBy, pseudonym), ct);
    }
}
