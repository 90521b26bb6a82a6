using System.Diagnostics.CodeAnalysis;

namespace AllJapanTokyo.Domain.Designers;

/// <summary>The 62 wards, cities, towns and villages of Tokyo, in the order of the local government codes.</summary>
public static class TokyoMunicipalities
{
    public static readonly IReadOnlyList<string> All =
    [
        "千代田区", "中央区", "港区", "新宿区", "文京区", "台東区", "墨田区", "江東区", "品川区", "目黒区", "大田区", "世田谷区",
        "渋谷区", "中野区", "杉並区", "豊島区", "北区", "荒川区", "板橋区", "練馬区", "足立区", "葛飾区", "江戸川区",
        "八王子市", "立川市", "武蔵野市", "三鷹市", "青梅市", "府中市", "昭島市", "調布市", "町田市", "小金井市", "小平市",
        "日野市", "東村山市", "国分寺市", "国立市", "福生市", "狛江市", "東大和市", "清瀬市", "東久留米市", "武蔵村山市",
        "多摩市", "稲城市", "羽村市", "あきる野市", "西東京市",
        "瑞穂町", "日の出町", "檜原村", "奥多摩町",
        "大島町", "利島村", "新島村", "神津島村", "三宅村", "御蔵島村", "八丈町", "青ヶ島村", "小笠原村",
    ];

    private static readonly HashSet<string> Names = [.. All];

    /// <summary>Whether <paramref name="name"/> is one of Tokyo's municipalities, with or without 「東京都」 before it.</summary>
    public static bool IsTokyo([NotNullWhen(true)] string? name) => Canonical(name) is not null;

    /// <summary>The municipality's name without 「東京都」, or null when it is not one of Tokyo's.</summary>
    public static string? Canonical(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.StartsWith("東京都", StringComparison.Ordinal))
        {
            trimmed = trimmed["東京都".Length..].Trim();
        }

        return Names.Contains(trimmed) ? trimmed : null;
    }
}
