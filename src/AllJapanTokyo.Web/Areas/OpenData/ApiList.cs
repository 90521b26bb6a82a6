namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A list answer of the API: the items of one page and the address of the next page (null on the last).</summary>
public sealed record ApiList<T>(IReadOnlyList<T> Items, string? Next);
