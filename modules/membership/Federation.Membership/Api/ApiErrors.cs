using Federation.Membership.Domain;
using Microsoft.AspNetCore.Http;

namespace Federation.Membership.Api;

internal static class ApiErrors
{
    public static IResult Invalid(string field, IEnumerable<string> problems) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [.. problems] });

    /// <summary>Runs an action, turning validation failures into 400 and unknown ids into 404.</summary>
    public static async Task<IResult> Guard(string field, Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (MemberValidationException e) { return Invalid(field, e.Problems); }
        catch (KeyNotFoundException) { return Results.NotFound(); }
    }
}
