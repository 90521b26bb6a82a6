using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Prefectures;

/// <summary>One of the 47 prefectures, keyed by its JIS X 0401 code kept as text ("01" … "47").</summary>
public class Prefecture
{
    public const string TokyoCode = "13";

    /// <summary>How many prefectures there are: no count of prefectures can exceed it.</summary>
    public const int Count = 47;

    public required string Code { get; init; }

    /// <summary>「東京都」, "Tokyo", 「东京都」, 「도쿄도」.</summary>
    public required LocalizedText Name { get; set; }

    public required string NameKana { get; set; }

    /// <summary>The region of the eight-region grouping: 「関東」, "Kanto" ….</summary>
    public required LocalizedText Region { get; set; }

    /// <summary>Row on the 7×7 tile map of Japan, 0 at the top.</summary>
    public int TileRow { get; set; }

    /// <summary>Column on the 7×7 tile map of Japan, 0 at the left.</summary>
    public int TileColumn { get; set; }

    public bool IsTokyo => Code == TokyoCode;

    /// <summary>True for a two-digit code from 01 to 47.</summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: 2 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && int.Parse(code) is >= 1 and <= Count;

    /// <summary>"1" or "01" becomes "01"; anything else is refused.</summary>
    public static string NormalizeCode(string code)
    {
        var trimmed = code.Trim();
        if (trimmed.Length == 1)
        {
            trimmed = "0" + trimmed;
        }

        return IsValidCode(trimmed)
            ? trimmed
            : throw new FormatException($"Not a prefecture code: '{code}'");
    }
}
