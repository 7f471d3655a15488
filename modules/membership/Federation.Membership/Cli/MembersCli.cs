using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using Federation.Membership.Domain;
using Federation.Membership.Import;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Membership.Cli;

/// <summary><c>members import --association ID --file F [--dry-run] [--json]</c>: imports the central register's CSV.</summary>
internal static class MembersCli
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(Func<IServiceProvider> services)
    {
        var association = new Option<string>("--association") { Description = "Association id", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "CSV file (docs/import-format.md)", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would happen; change nothing" };
        var import = new Command("import", "Import members from the central register's CSV file") { association, file, dryRun };
        import.SetAction(async (pr, ct) =>
        {
            var output = pr.InvocationConfiguration.Output;
            using var scope = services().CreateScope();
            var id = pr.GetValue(association)!;
            var found = scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(id)
                ?? throw new ArgumentException($"Unknown association '{id}'.");
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(found);
            if (!found.Enables("membership")) throw new ArgumentException($"Association '{id}' does not use the membership module.");
            var path = pr.GetValue(file)!;
            if (!path.Exists) throw new FileNotFoundException($"No file '{path.FullName}'.");
            scope.ServiceProvider.GetRequiredService<AccessLog>().ActAs($"cli import {path.Name}");
            ImportResult result;
            await using (var stream = path.OpenRead())
            {
                try { result = await scope.ServiceProvider.GetRequiredService<MemberImport>().Run(stream, pr.GetValue(dryRun), ct); }
                catch (MemberCsvException e) { throw new ArgumentException(e.Message); }
            }
            if (JsonRequested(pr)) output.WriteLine(JsonSerializer.Serialize(result, Json));
            else Summarize(output, result);
            return 0;
        });
        return new Command("members", "Members (medlemsvård)") { import };
    }

    /// <summary>The host declares <c>--json</c> once for every verb.</summary>
    private static bool JsonRequested(ParseResult pr)
    {
        for (SymbolResult? r = pr.CommandResult; r is not null; r = r.Parent)
            if (r is CommandResult c && c.Children.OfType<OptionResult>().FirstOrDefault(o => o.Option.Name == "--json") is { } json)
                return json.GetValueOrDefault<bool>();
        return false;
    }

    private static void Summarize(TextWriter output, ImportResult r)
    {
        if (r.DryRun) output.WriteLine("dry run: nothing was saved");
        output.WriteLine($"imported: {r.Imported}");
        output.WriteLine($"updated: {r.Updated}");
        foreach (var c in r.Changes) output.WriteLine($"  line {c.Line} ({c.MemberNumber}): {string.Join(", ", c.Fields)}");
        output.WriteLine($"unchanged: {r.Unchanged}");
        output.WriteLine($"rejected: {r.Rejected.Count}");
        foreach (var x in r.Rejected) output.WriteLine($"  line {x.Line}: {x.Reason}");
        if (r.UnknownColumns.Count > 0) output.WriteLine($"unknown columns (ignored): {string.Join(", ", r.UnknownColumns)}");
    }
}
