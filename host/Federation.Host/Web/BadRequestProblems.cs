using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace Federation.Host.Web;

/// <summary>
/// Input the framework cannot read — malformed JSON, a value of the wrong type (<c>2026-02-30</c>, a number
/// too big) — answers 400 with a problem-details body naming the field
/// and the reason, instead of an empty 400 or a 500. Other 4xx answers without a body get one too.
/// </summary>
public sealed class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public static void AddBadRequestProblems(IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } e => (e.StatusCode, Reason(json), Field(json)),
            BadHttpRequestException e => (e.StatusCode, e.Message, null),
            _ => (0, null, null),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = "The request could not be read.", Detail = detail };
        if (errors is not null) problem.Extensions["errors"] = errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static string Reason(JsonException json) =>
        json.Path is { Length: > 2 } path
            ? $"'{path[2..]}' has a value that cannot be read as its type ({json.Message.Split(" Path:")[0]})"
            : $"The body is not valid JSON: {json.Message.Split(" Path:")[0]}";

    private static Dictionary<string, string[]>? Field(JsonException json) =>
        json.Path is { Length: > 2 } path ? new() { [path[2..]] = [Reason(json)] } : null;
}
