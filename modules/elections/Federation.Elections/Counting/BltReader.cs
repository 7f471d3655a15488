namespace Federation.Elections.Counting;

/// <summary>Reads the BLT ballot format (as used by OpenSTV, Droop and the Scottish count data):
/// <code>
/// 4 2            candidates, seats
/// -3             optional: withdrawn candidates as negative numbers
/// 12 1 2 0       weight, preferences (1-based), terminating 0
/// 0              end of ballots
/// "Alice"        one name per candidate, quoted or not
/// "Title"
/// "Source"       optional (Wichmann): source and comment, quoted
/// "Comment"
/// </code>
/// A ballot line with no preferences (<c>3 0</c>) is a blank paper: read, but not a valid vote.
/// Anything it cannot read exactly is rejected with the line and the reason; it never guesses.</summary>
internal static class BltReader
{
    public static RankedElection Read(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader);
    }

    public static RankedElection Read(TextReader text)
    {
        var lines = new LineSource(text);

        var (headerLine, header) = lines.NextNonBlank() ?? throw new BallotFormatException(1, "empty file: expected a line with the number of candidates and seats");
        var head = Tokens(header);
        if (head.Length != 2)
            throw new BallotFormatException(headerLine, $"expected the number of candidates and seats, found {head.Length} values");
        int candidates = Integer(head[0], headerLine), seats = Integer(head[1], headerLine);
        if (candidates < 1) throw new BallotFormatException(headerLine, "there must be at least one candidate");
        if (seats < 1) throw new BallotFormatException(headerLine, "there must be at least one seat");
        if (seats > candidates) throw new BallotFormatException(headerLine, $"{seats} seats but only {candidates} candidates");

        var withdrawn = new HashSet<int>();
        var papers = new Dictionary<int[], long>(PreferenceComparer.Instance);
        var order = new List<int[]>(); // first-seen order keeps the count reproducible
        void Add(int[] preferences, long weight)
        {
            ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(papers, preferences, out var seen);
            total = checked(total + weight);
            if (!seen) order.Add(preferences);
        }

        var ranked = new bool[candidates];
        var buffer = new List<int>(candidates);
        var ballotsEnded = false;
        while (!ballotsEnded)
        {
            var (n, line) = lines.NextNonBlank() ?? throw new BallotFormatException(lines.Number + 1, "missing the 0 line that ends the ballots");
            if (PlainBallot(line, candidates, ranked, buffer) is { } plainWeight)
            {
                Add([.. buffer], plainWeight);
                continue;
            }
            var tokens = Tokens(line);
            if (tokens is ["0"]) { ballotsEnded = true; continue; }
            if (tokens[0].StartsWith('-'))
            {
                if (papers.Count > 0) throw new BallotFormatException(n, "withdrawn candidates must come before the ballots");
                foreach (var t in tokens) withdrawn.Add(Candidate(-Integer(t, n), candidates, n) );
                continue;
            }
            var weight = Integer(tokens[0], n, "ballot weight");
            if (weight < 1) throw new BallotFormatException(n, $"ballot weight must be positive, not {weight}");
            if (tokens.Length == 1 || tokens[^1] != "0")
                throw new BallotFormatException(n, "ballot does not end with 0");
            var preferences = new int[tokens.Length - 2];
            for (var i = 1; i < tokens.Length - 1; i++)
            {
                var c = Candidate(Integer(tokens[i], n, "preference"), candidates, n);
                if (Array.IndexOf(preferences, c, 0, i - 1) >= 0)
                    throw new BallotFormatException(n, $"candidate {c + 1} is ranked more than once");
                preferences[i - 1] = c;
            }
            Add(preferences, weight);
        }

        var names = new List<string>(candidates);
        while (names.Count < candidates)
        {
            var (n, line) = lines.NextNonBlank() ?? throw new BallotFormatException(lines.Number + 1, $"expected {candidates} candidate names, found {names.Count}");
            foreach (var name in Names(line, n))
            {
                if (names.Contains(name)) throw new BallotFormatException(n, $"candidate name \"{name}\" appears twice");
                names.Add(name);
            }
            if (names.Count > candidates) throw new BallotFormatException(n, $"expected {candidates} candidate names, found {names.Count}");
        }
        var (titleLine, titleText) = lines.NextNonBlank() ?? throw new BallotFormatException(lines.Number + 1, "missing the election title after the candidate names");
        var title = Names(titleText, titleLine) is [var only] ? only : throw new BallotFormatException(titleLine, "the title must be a single name");
        // Wichmann's extension: a quoted source and a quoted comment may follow the title.
        for (var optional = 0; lines.NextNonBlank() is var (extra, field); optional++)
            if (optional == 2 || !field.TrimStart().StartsWith('"') || Names(field, extra).Count != 1)
                throw new BallotFormatException(extra, "unexpected text after the title (only a quoted source and comment may follow it)");

        var ballots = order.ConvertAll(p => new RankedBallot(p, papers[p]));
        return new RankedElection(title, names, seats, withdrawn, ballots);
    }

    /// <summary>The fast path for the common, well-formed line "weight p1 p2 … 0" (digits and blanks
    /// only, every preference a distinct existing candidate): the weight, with the 0-based preferences
    /// in <paramref name="preferences"/>. Null for anything else, which the general path then reads
    /// and, if malformed, rejects with its reason. Parsing without splitting keeps 100 000 papers cheap.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int? PlainBallot(string line, int candidates, bool[] ranked, List<int> preferences)
    {
        preferences.Clear();
        Array.Clear(ranked);
        int i = 0, tokens = 0, weight = 0;
        var ended = false;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            if (i == line.Length) break;
            if (ended) return null;
            var start = i;
            long value = 0;
            while (i < line.Length && line[i] is >= '0' and <= '9' && value <= int.MaxValue) value = value * 10 + (line[i++] - '0');
            if (i == start || value > int.MaxValue || (i < line.Length && line[i] is not (' ' or '\t'))) return null;
            if (tokens++ == 0)
            {
                if (value < 1) return null;
                weight = (int)value;
            }
            else if (value == 0) ended = true;
            else if (value > candidates || ranked[value - 1]) return null;
            else
            {
                ranked[value - 1] = true;
                preferences.Add((int)value - 1);
            }
        }
        return ended ? weight : null;
    }

    private static string[] Tokens(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static int Integer(string token, int line, string what = "value") =>
        int.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw new BallotFormatException(line, $"{what} '{token}' is not a whole number");

    private static int Candidate(int number, int candidates, int line) =>
        number >= 1 && number <= candidates ? number - 1
            : throw new BallotFormatException(line, $"candidate {number} does not exist (there are {candidates} candidates)");

    /// <summary>A name line is either one or more quoted names, or the whole line unquoted.</summary>
    private static List<string> Names(string line, int n)
    {
        var text = line.Trim();
        if (!text.StartsWith('"')) return [text];
        var names = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ' || text[i] == '\t') { i++; continue; }
            if (text[i] != '"') throw new BallotFormatException(n, "text outside quotes in a quoted name line");
            var end = text.IndexOf('"', i + 1);
            if (end < 0) throw new BallotFormatException(n, "unterminated quoted name");
            var name = text[(i + 1)..end];
            if (name.Trim().Length == 0) throw new BallotFormatException(n, "empty name");
            names.Add(name);
            i = end + 1;
        }
        return names;
    }

    private sealed class LineSource(TextReader text)
    {
        public int Number { get; private set; }

        public (int Line, string Text)? NextNonBlank()
        {
            while (text.ReadLine() is { } line)
            {
                Number++;
                if (line.Trim().Length > 0) return (Number, line);
            }
            return null;
        }
    }
}
