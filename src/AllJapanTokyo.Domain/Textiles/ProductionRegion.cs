namespace AllJapanTokyo.Domain.Textiles;

/// <summary>
/// A textile production region (産地) that designers may be introduced to. Kept by the staff of its prefecture(s);
/// the regions the FY2020 report names are shipped with what the report says of them and nothing more.
/// </summary>
public class ProductionRegion
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 1000;

    public int Id { get; set; }

    public required string NameJa { get; set; }

    public string? NameEn { get; set; }

    /// <summary>The prefecture whose staff keep the region.</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>Further prefectures a region spans, comma-separated codes (their staff keep it too).</summary>
    public string OtherPrefectureCodes { get; set; } = "";

    public string MaterialsJa { get; set; } = "";

    public string ProcessesJa { get; set; } = "";

    public string MinimumLotJa { get; set; } = "";

    public string LeadTimeJa { get; set; } = "";

    public string SamplePolicyJa { get; set; } = "";

    /// <summary>The region's contact, shown to the coordinator and to the designers it was introduced to — never before.</summary>
    public string ContactJa { get; set; } = "";

    /// <summary>A photo of the region, an https address.</summary>
    public string? PhotoUrl { get; set; }

    /// <summary>What the progress report says of the region, when the report names it (e.g. its photo caption).</summary>
    public string? ReportNoteJa { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public IEnumerable<string> PrefectureCodes =>
        OtherPrefectureCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).Prepend(PrefectureCode).Distinct();

    /// <summary>Whether a prefecture's staff keep the region: its own prefecture or one it spans.</summary>
    public bool IsKeptBy(string? prefectureCode) => prefectureCode is { Length: > 0 } && PrefectureCodes.Contains(prefectureCode);
}
