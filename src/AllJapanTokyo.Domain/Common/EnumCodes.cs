namespace AllJapanTokyo.Domain.Common;

/// <summary>
/// The snake_case codes the seed tables, CSV exports and OCDS use for our enums
/// ("in_person", "not_held", "at_least", "antenna-shops"), in one place.
/// </summary>
public static class EnumCodes
{
    public static string ToCode(this EventFormat format) => format switch
    {
        EventFormat.InPerson => "in_person",
        EventFormat.Online => "online",
        EventFormat.Hybrid => "hybrid",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string ToCode(this ActivityStatus status) => status switch
    {
        ActivityStatus.Held => "held",
        ActivityStatus.Cancelled => "cancelled",
        ActivityStatus.NotHeld => "not_held",
        ActivityStatus.Ongoing => "ongoing",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToCode(this ValueQualifier qualifier) => qualifier switch
    {
        ValueQualifier.Exact => "",
        ValueQualifier.AtLeast => "at_least",
        ValueQualifier.Approx => "approx",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static string ToCode(this PortalArea area) => area switch
    {
        PortalArea.AntennaShops => "antenna-shops",
        _ => area.ToString().ToLowerInvariant(),
    };

    public static EventFormat? ParseFormat(string? code) => code?.Trim() switch
    {
        null or "" => null,
        "in_person" => EventFormat.InPerson,
        "online" => EventFormat.Online,
        "hybrid" => EventFormat.Hybrid,
        var other => throw new FormatException($"Unknown format: '{other}'"),
    };

    public static ActivityStatus? ParseStatus(string? code) => code?.Trim() switch
    {
        null or "" => null,
        "held" => ActivityStatus.Held,
        "cancelled" => ActivityStatus.Cancelled,
        "not_held" => ActivityStatus.NotHeld,
        "ongoing" => ActivityStatus.Ongoing,
        var other => throw new FormatException($"Unknown status: '{other}'"),
    };

    public static ValueQualifier ParseQualifier(string? code) => code?.Trim() switch
    {
        null or "" or "exact" => ValueQualifier.Exact,
        "at_least" => ValueQualifier.AtLeast,
        "approx" => ValueQualifier.Approx,
        var other => throw new FormatException($"Unknown qualifier: '{other}'"),
    };

    /// <summary>
    /// "antenna-shops", "fairs" … (or the enum name in any case). Numbers and lists ("3", "Crafts, Funds") are refused:
    /// Enum.Parse would turn them into an undefined or combined area.
    /// </summary>
    public static PortalArea ParseArea(string code)
    {
        var trimmed = code.Trim();
        foreach (var area in Enum.GetValues<PortalArea>())
        {
            if (trimmed == area.ToCode() || string.Equals(trimmed, area.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return area;
            }
        }

        throw new FormatException($"Unknown area: '{trimmed}'");
    }

    /// <summary>「対面」 / "In person" and so on, for display.</summary>
    public static string ToJapanese(this EventFormat format) => format switch
    {
        EventFormat.InPerson => "対面",
        EventFormat.Online => "オンライン",
        EventFormat.Hybrid => "ハイブリッド",
        _ => format.ToString(),
    };

    public static string ToJapanese(this ActivityStatus status) => status switch
    {
        ActivityStatus.Held => "開催",
        ActivityStatus.Cancelled => "中止",
        ActivityStatus.NotHeld => "実施せず",
        ActivityStatus.Ongoing => "実施中",
        _ => status.ToString(),
    };

    /// <summary>「以上」 or 「約」 as the source writes it; empty for exact figures.</summary>
    public static string ToJapanese(this ValueQualifier qualifier) => qualifier switch
    {
        ValueQualifier.AtLeast => "以上",
        ValueQualifier.Approx => "約",
        _ => "",
    };
}
