namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>
/// One page of a list as the API answers it: its items and the address of the next page (null on the last). 一覧の1ページ分：その項目と、次のページのアドレス（最後のページでは null）。
/// </summary>
/// <param name="Items">The items of this page. このページの項目。</param>
/// <param name="Next">The address of the next page, or null on the last page. 次のページのアドレス。最後のページでは null。</param>
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
