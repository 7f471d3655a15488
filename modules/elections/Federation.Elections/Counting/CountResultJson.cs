using System.Text.Json;

namespace Federation.Elections.Counting;

/// <summary>Writes a <see cref="CountResult"/> as the JSON protocol described in docs/counting.md.
/// Numbers are written from decimals, so no binary rounding enters the record.</summary>
internal static class CountResultJson
{
    public static string Write(CountResult r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("method", r.Method);
            w.WriteString("title", r.Title);
            w.WriteNumber("seats", r.Seats);
            if (r.Quota is { } q) w.WriteNumber("quota", q); else w.WriteNull("quota");
            Strings(w, "elected", r.Elected);
            if (r.Ranking is { } ranking)
            {
                w.WriteStartArray("ranking");
                foreach (var group in ranking) Strings(w, null, group);
                w.WriteEndArray();
            }
            if (r.ReVote is { } reVote) Strings(w, "reVote", reVote);
            w.WriteStartArray("stages");
            foreach (var s in r.Stages)
            {
                w.WriteStartObject();
                w.WriteNumber("stage", s.Number);
                w.WriteString("action", s.Action);
                if (s.Candidate is { } c) w.WriteString("candidate", c); else w.WriteNull("candidate");
                w.WriteStartObject("totals");
                foreach (var (name, total) in s.Totals) w.WriteNumber(name, total);
                w.WriteEndObject();
                if (s.NonTransferable is { } nt) w.WriteNumber("nonTransferable", nt);
                Strings(w, "elected", s.Elected);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("seed", r.Seed);
            w.WriteStartArray("tieBreaks");
            foreach (var t in r.TieBreaks)
            {
                w.WriteStartObject();
                w.WriteNumber("stage", t.Stage);
                w.WriteString("purpose", t.Purpose);
                Strings(w, "tied", t.Tied);
                w.WriteString("chosen", t.Chosen);
                w.WriteString("resolvedBy", t.ResolvedBy);
                if (t.Seed is { } seed) w.WriteNumber("seed", seed); else w.WriteNull("seed");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Strings(Utf8JsonWriter w, string? name, IEnumerable<string> values)
    {
        if (name is null) w.WriteStartArray(); else w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
