using System.Globalization;
using System.Text.Json;
using Federation.Platform.Web;

namespace Federation.Elections.Counting;

/// <summary>Reads the CSV and JSON inputs of the non-ranked methods (formats in docs/counting.md).
/// CSV is plain comma-separated text without quoting; names may not contain commas.</summary>
internal static class TableReader
{
    /// <summary>CSV: a header of candidate names, then one row per paper with 1 (marked) or 0/empty.
    /// JSON: <c>{"title","seats"?,"candidates":[…],"ballots":[["A","B"],…]}</c>.</summary>
    public static MarkedElection ReadMarked(string path) => IsJson(path)
        ? MarkedFromJson(Parse(path), Path.GetFileNameWithoutExtension(path))
        : MarkedFromCsv(File.ReadAllLines(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>CSV: header <c>party,votes</c>, then one row per party. JSON:
    /// <c>{"title","seats"?,"parties":[{"name","votes"},…]}</c>.</summary>
    public static PartyVotes ReadParties(string path) => IsJson(path)
        ? PartiesFromJson(Parse(path), Path.GetFileNameWithoutExtension(path))
        : PartiesFromCsv(File.ReadAllLines(path), Path.GetFileNameWithoutExtension(path));

    private static bool IsJson(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => true,
            ".csv" => false,
            var other => throw new CountingException($"{path}: expected a .csv or .json file for this method, not '{other}'"),
        };

    internal static MarkedElection MarkedFromCsv(string[] lines, string title)
    {
        var header = FirstLine(lines);
        var names = Distinct(lines[header].Split(','), header + 1);
        var ballots = new List<MarkedBallot>();
        for (var i = header + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = lines[i].Split(',');
            if (cells.Length != names.Count)
                throw new BallotFormatException(i + 1, $"expected {names.Count} columns like the header, found {cells.Length}");
            var marks = new List<int>();
            for (var c = 0; c < cells.Length; c++)
                switch (cells[c].Trim())
                {
                    case "1": marks.Add(c); break;
                    case "0" or "": break;
                    case var bad: throw new BallotFormatException(i + 1, $"mark '{bad}' for {names[c]} must be 1, 0 or empty");
                }
            ballots.Add(new MarkedBallot([.. marks], i + 1, $"line {i + 1}"));
        }
        return new MarkedElection(title, names, null, ballots);
    }

    internal static PartyVotes PartiesFromCsv(string[] lines, string title)
    {
        var header = FirstLine(lines);
        if (!lines[header].Replace(" ", "").Equals("party,votes", StringComparison.OrdinalIgnoreCase))
            throw new BallotFormatException(header + 1, "expected the header 'party,votes'");
        var parties = new List<string>();
        var votes = new List<long>();
        for (var i = header + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = lines[i].Split(',');
            if (cells.Length != 2) throw new BallotFormatException(i + 1, $"expected 'party,votes', found {cells.Length} columns");
            var name = SpreadsheetText.Restore(cells[0].Trim())!;
            if (name.Length == 0) throw new BallotFormatException(i + 1, "missing party name");
            if (parties.Contains(name)) throw new BallotFormatException(i + 1, $"party \"{name}\" appears twice");
            if (!long.TryParse(cells[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                throw new BallotFormatException(i + 1, $"votes '{cells[1].Trim()}' is not a whole number");
            parties.Add(name);
            votes.Add(v);
        }
        if (parties.Count == 0) throw new BallotFormatException(lines.Length + 1, "no parties");
        return new PartyVotes(title, parties, votes, null);
    }

    private static int FirstLine(string[] lines)
    {
        var i = Array.FindIndex(lines, l => l.Trim().Length > 0);
        return i >= 0 ? i : throw new BallotFormatException(1, "empty file");
    }

    private static List<string> Distinct(string[] cells, int line)
    {
        var names = new List<string>();
        foreach (var cell in cells)
        {
            var name = SpreadsheetText.Restore(cell.Trim())!;
            if (name.Length == 0) throw new BallotFormatException(line, "missing candidate name in the header");
            if (names.Contains(name)) throw new BallotFormatException(line, $"candidate name \"{name}\" appears twice");
            names.Add(name);
        }
        return names;
    }

    private static JsonElement Parse(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BallotFormatException((int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + e.Message);
        }
    }

    internal static MarkedElection MarkedFromJson(JsonElement root, string defaultTitle)
    {
        var names = Strings(Property(root, "candidates", JsonValueKind.Array), "candidates");
        var ballots = new List<MarkedBallot>();
        var i = 0;
        foreach (var ballot in Property(root, "ballots", JsonValueKind.Array).EnumerateArray())
        {
            var where = $"ballots[{i++}]";
            if (ballot.ValueKind != JsonValueKind.Array) throw Json(where, "a ballot must be an array of candidate names");
            var marks = new List<int>();
            foreach (var mark in ballot.EnumerateArray())
            {
                var c = mark.ValueKind == JsonValueKind.String ? names.IndexOf(mark.GetString()!) : -1;
                if (c < 0) throw Json(where, $"{mark.GetRawText()} is not a candidate");
                if (marks.Contains(c)) throw Json(where, $"{mark.GetRawText()} is marked twice");
                marks.Add(c);
            }
            ballots.Add(new MarkedBallot([.. marks], 0, where));
        }
        return new MarkedElection(Title(root, defaultTitle), names, Seats(root), ballots);
    }

    internal static PartyVotes PartiesFromJson(JsonElement root, string defaultTitle)
    {
        var parties = new List<string>();
        var votes = new List<long>();
        var i = 0;
        foreach (var party in Property(root, "parties", JsonValueKind.Array).EnumerateArray())
        {
            var where = $"parties[{i++}]";
            if (party.ValueKind != JsonValueKind.Object) throw Json(where, "expected {\"name\": …, \"votes\": …}");
            var name = Property(party, "name", JsonValueKind.String, where).GetString()!;
            if (name.Trim().Length == 0) throw Json(where, "missing party name");
            if (parties.Contains(name)) throw Json(where, $"party \"{name}\" appears twice");
            var v = Property(party, "votes", JsonValueKind.Number, where);
            if (!v.TryGetInt64(out var count) || count < 0) throw Json(where, $"votes {v.GetRawText()} is not a whole number");
            parties.Add(name);
            votes.Add(count);
        }
        if (parties.Count == 0) throw Json("parties", "no parties");
        return new PartyVotes(Title(root, defaultTitle), parties, votes, Seats(root));
    }

    private static string Title(JsonElement root, string fallback) =>
        root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : fallback;

    private static int? Seats(JsonElement root) =>
        !root.TryGetProperty("seats", out var s) ? null
        : s.TryGetInt32(out var seats) ? seats : throw Json("seats", "must be a whole number");

    private static JsonElement Property(JsonElement obj, string name, JsonValueKind kind, string at = "$")
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value))
            throw Json(at, $"missing \"{name}\"");
        return value.ValueKind == kind ? value : throw Json($"{at}.{name}", $"expected {kind.ToString().ToLowerInvariant()}");
    }

    private static List<string> Strings(JsonElement array, string at)
    {
        var list = new List<string>();
        foreach (var e in array.EnumerateArray())
        {
            var s = e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Json(at, $"{e.GetRawText()} is not a name");
            if (s.Trim().Length == 0) throw Json(at, "empty candidate name");
            if (list.Contains(s)) throw Json(at, $"candidate name \"{s}\" appears twice");
            list.Add(s);
        }
        return list.Count > 0 ? list : throw Json(at, "no candidates");
    }

    private static BallotFormatException Json(string at, string reason) => new(0, $"{at}: {reason}");
}
