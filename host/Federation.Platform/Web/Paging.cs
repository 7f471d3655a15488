namespace Federation.Platform.Web;

/// <summary>A page of results as the API returns it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>No list has this many pages; beyond it (page × size would overflow) a page is simply empty.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>Clamps client-supplied paging to sane values.</summary>
    public static (int Page, int Size) Normalize(int? page, int? size) =>
        (Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
