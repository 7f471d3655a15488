namespace Federation.Platform.Web;

/// <summary>A page of results as the API returns it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>Clamps client-supplied paging to sane values.</summary>
    public static (int Page, int Size) Normalize(int? page, int? size) =>
        (Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
