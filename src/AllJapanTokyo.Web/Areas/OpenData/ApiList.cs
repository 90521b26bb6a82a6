namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A list answer of the API: the items of one page and the address of the next page (null on the last).</summary>
public sealed record ApiList<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>Paging of a small list read whole: the page after the item whose key is the cursor.</summary>
internal static class ApiPaging
{
    /// <summary>The <paramref name="limit"/> items after the one keyed <paramref name="after"/> (from the start when null); null when no item has that key.</summary>
    public static ApiPage<T>? After<T>(List<T> all, Func<T, string> key, string? after, int limit)
    {
        var start = 0;
        if (after is not null)
        {
            var index = all.FindIndex(item => key(item) == after);
            if (index < 0)
            {
                return null;
            }

            start = index + 1;
        }

        var items = all.Skip(start).Take(limit).ToList();
        return new(items, start + limit < all.Count ? key(items[^1]) : null);
    }
}
