using System.Text;
using Federation.Membership.Domain;
using Federation.Membership.Engagement;
using Federation.Membership.Import;
using Federation.Membership.Privacy;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Membership.Api;

internal static class MembersApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var members = association.MapGroup("/members").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer));
        var board = new RequiresRoleAttribute(AssociationRole.Board);

        members.MapGet("", async (MemberRegister register, [AsParameters] FilterQuery query, int? page, int? pageSize, CancellationToken ct) =>
        {
            if (query.ToFilter(out var filter) is { } invalid) return invalid;
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await register.Search(filter, p, size, ct);
            return Results.Ok(new Page<MemberSummary>(items.Select(m => MemberSummary.From(m, register.Today)).ToList(), p, size, total));
        }).WithName("ListMembers");

        members.MapPost("", (MemberRegister register, NewMember input, CancellationToken ct) => ApiErrors.Guard("member", async () =>
        {
            var member = await register.Add(input, ct);
            return Results.Created($"members/{member.Id}", MemberSummary.From(member, register.Today));
        })).WithMetadata(board).WithName("AddMember");

        members.MapGet("/{id:guid}", async (MemberRegister register, EngagementHistory history, Guid id, HttpResponse response, CancellationToken ct) =>
        {
            if (await register.Open(id, ct) is not { } m) return Results.NotFound();
            response.Headers.ETag = $"\"{m.Version}\"";
            return Results.Ok(new MemberDetails(m.Id, m.Version, m.StatusOn(register.Today).ToString().ToLowerInvariant(), m.Gender, m.PostalArea, m.DoNotCall,
                NewMember.From(m), await register.Notes(id, ct), await history.For(id, ct)));
        }).WithName("GetMember");

        // If-Match: "<version>" (the ETag of GET) refuses to overwrite a change made since that read.
        members.MapPut("/{id:guid}", (MemberRegister register, Guid id, NewMember input, HttpRequest request, CancellationToken ct) => ApiErrors.Guard("member", async () =>
        {
            int? read = null;
            if (request.Headers.IfMatch.Count > 0)
            {
                if (!int.TryParse(request.Headers.IfMatch.ToString().Trim('"', 'W', '/'), out var v))
                    return ApiErrors.Invalid("If-Match", ["If-Match takes the member's version as GET returned it in ETag, e.g. \"3\"."]);
                read = v;
            }
            try
            {
                return Results.Ok(new { changed = await register.Update(id, input, read, ct) });
            }
            catch (MemberConflictException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Changed by someone else",
                    extensions: new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion, ["differing"] = e.Differing });
            }
        })).WithMetadata(board).WithName("UpdateMember");

        members.MapPost("/{id:guid}/notes", (MemberRegister register, Guid id, NoteInput input, CancellationToken ct) => ApiErrors.Guard("note", async () =>
            Results.Ok(await register.AddNote(id, input.Text, ct)))).WithName("AddMemberNote");

        members.MapGet("/{id:guid}/access-log", async (MemberRegister register, Guid id, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await register.AccessLog(id, p, size, ct);
            return new Page<AccessEntry>(items, p, size, total);
        }).WithMetadata(board).WithName("MemberAccessLog");

        members.MapGet("/access-log", async (MemberRegister register, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await register.AccessLog(null, p, size, ct);
            return new Page<AccessEntry>(items, p, size, total);
        }).WithMetadata(board).WithName("AccessLog");

        members.MapGet("/export.csv", async (MemberRegister register, [AsParameters] FilterQuery query, CancellationToken ct) =>
        {
            if (query.ToFilter(out var filter) is { } invalid) return invalid;
            return Results.File(MemberCsv.Write(await register.Export(filter, ct)), SpreadsheetText.CsvContentType, "medlemmar.csv");
        }).WithMetadata(board).WithName("ExportMembers");

        members.MapPost("/import", async (MemberImport import, HttpRequest request, bool? dryRun, CancellationToken ct) =>
        {
            try
            {
                if (request.ContentLength > MemberImport.MaxBytes) return TooLarge(request.ContentLength.Value);
                using var body = new MemoryStream();
                var buffer = new byte[81920];
                for (int read; (read = await request.Body.ReadAsync(buffer, ct)) > 0;)
                {
                    body.Write(buffer, 0, read);
                    if (body.Length > MemberImport.MaxBytes) return TooLarge(body.Length);
                }
                body.Position = 0;
                return Results.Ok(await import.Run(body, dryRun ?? false, ct));
            }
            catch (MemberCsvException e) { return ApiErrors.Invalid("file", [e.Message]); }
        }).WithName("ImportMembers"); // the member officer keeps the register, import included

        static IResult TooLarge(long bytes) => Results.Problem(
            $"The file is {(bytes + (1 << 20) - 1) >> 20} MB or more; the limit is {MemberImport.MaxBytes >> 20} MB (the whole district's register is far smaller).",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");

        members.MapPost("/{id:guid}/erase", (MemberPrivacy privacy, Guid id, CancellationToken ct) => ApiErrors.Guard("member", async () =>
        {
            await privacy.Erase(id, ct);
            return Results.NoContent();
        })).WithMetadata(board).WithName("EraseMember");

        var admin = new RequiresRoleAttribute(AssociationRole.Admin);
        members.MapPut("/{id:guid}/account", (MemberPrivacy privacy, Guid id, AccountLinkInput input, CancellationToken ct) => ApiErrors.Guard("email", async () =>
            await privacy.LinkAccount(id, input.Email, ct)
                ? Results.NoContent()
                : ApiErrors.Invalid("email", [$"No account has the email address '{input.Email}'. Add it first (users add)."])))
            .WithMetadata(admin).WithName("LinkMemberAccount");
        members.MapDelete("/{id:guid}/account", async (MemberPrivacy privacy, Guid id, CancellationToken ct) =>
        {
            await privacy.UnlinkAccount(id, ct);
            return Results.NoContent();
        }).WithMetadata(admin).WithName("UnlinkMemberAccount");

        var lists = association.MapGroup("/smart-lists").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer));
        lists.MapGet("", async (SmartLists all, CancellationToken ct) => await all.All(ct)).WithName("ListSmartLists");
        lists.MapPost("", (SmartLists all, SmartListInput input, CancellationToken ct) => ApiErrors.Guard("list", async () =>
            Results.Ok(await all.Save(input.Name, input.Filter ?? new MemberFilter(), ct)))).WithMetadata(board).WithName("SaveSmartList");
    }
}

/// <summary>The list filters as query parameters.</summary>
// Init properties rather than a positional constructor: the compile-time request delegate
// generator cannot bind [AsParameters] constructor parameters of nullable reference types.
internal sealed record FilterQuery
{
    public string? Q { get; init; }
    public string? Status { get; init; }
    public string? Tag { get; init; }
    public string? PostalArea { get; init; }
    public DateOnly? JoinedFrom { get; init; }
    public DateOnly? JoinedTo { get; init; }
    public string? Contact { get; init; }
    public bool? NotCalledThisYear { get; init; }
    public bool? NeverAttended { get; init; }

    public IResult? ToFilter(out MemberFilter filter)
    {
        filter = new MemberFilter();
        MemberStatus? status = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (!Enum.TryParse<MemberStatus>(Status, ignoreCase: true, out var s) || int.TryParse(Status, out _))
                return ApiErrors.Invalid("status", [$"Unknown status '{Status}' (active, new, lapsed, left)."]);
            status = s;
        }
        filter = new MemberFilter(Q, status, Tag, PostalArea, JoinedFrom, JoinedTo, Contact, NotCalledThisYear ?? false, NeverAttended ?? false);
        var problems = filter.Problems().ToList();
        return problems.Count > 0 ? ApiErrors.Invalid("filter", problems) : null;
    }
}

internal sealed record MemberSummary(Guid Id, string MemberNumber, string FirstName, string LastName, string? Email, string? Phone,
    string? PostalArea, DateOnly JoinedOn, string Status, IReadOnlyList<string> Tags)
{
    public static MemberSummary From(Member m, DateOnly today) => new(m.Id, m.MemberNumber, m.FirstName, m.LastName, m.Email, m.Phone,
        m.PostalArea, m.JoinedOn, m.StatusOn(today).ToString().ToLowerInvariant(), m.TagList);
}

internal sealed record MemberDetails(Guid Id, int Version, string Status, string GenderCategory, string? PostalArea, bool DoNotCall,
    NewMember Register, IReadOnlyList<MemberNote> Notes, IReadOnlyList<HistoryLine> History);

internal sealed record NoteInput(string Text);

internal sealed record SmartListInput(string Name, MemberFilter? Filter);

/// <summary>The account (by its email address) that is this member.</summary>
internal sealed record AccountLinkInput(string? Email);
