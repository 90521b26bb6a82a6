namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>
/// One page of a list as the API answers it: its items and the address of the next page (null on the last). 一覧の1ページ分：その項目と、次のページのアドレス（最後のページでは null）。
/// </summary>
/// <param name="Items">The items of this page. このページの項目。</param>
/// <param name="Next">The address of the next page, or null on the last page. 次のページのアドレス。最後のページでは null。</param>
public sealed record ApiList<T>(IReadOnlyList<T> Items, string? Next);
