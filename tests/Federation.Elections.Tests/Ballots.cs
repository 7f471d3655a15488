using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

/// <summary>Small helpers to state elections inline in BLT, as the sources print them.</summary>
internal static class Ballots
{
    public static RankedElection Blt(string text) => BltReader.Read(new StringReader(text));

    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    public static CountResult Count(string method, string blt, ulong seed = 1) => CountingMethods.Count(method, Blt(blt), seed);
}
