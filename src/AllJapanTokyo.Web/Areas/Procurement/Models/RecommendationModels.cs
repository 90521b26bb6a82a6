namespace AllJapanTokyo.Web.Areas.Procurement.Models;

/// <summary>What the coordinator typed: the tender's reference, the industry and (optionally) one prefecture of the region.</summary>
public sealed class RecommendationForm
{
    public string? TenderReference { get; set; }

    public string? JsicMajorGroup { get; set; }

    public string? PrefectureCode { get; set; }

    public string? NoteJa { get; set; }
}

public sealed record RegionPrefecture(string Code, string NameJa, string NameEn);

/// <summary>A recommendation as the coordinator and the enterprise see it.</summary>
public sealed record RecommendationRow(
    int Id,
    int TenderId,
    string TenderReference,
    string TenderTitle,
    bool TenderIsSynthetic,
    DateTime TenderEndUtc,
    string JsicMajorGroup,
    string? PrefectureCode,
    string? PrefectureNameJa,
    string RegionNameJa,
    string? NoteJa,
    DateTime CreatedAtUtc)
{
    public string TenderHref => $"/procurement/tenders/{TenderId}";
}

/// <summary>/procurement/recommendations for a regional coordinator: the region, the form and the region's recommendations.</summary>
public sealed record CoordinatorRecommendationsViewModel(
    string? RegionNameJa,
    string? RegionNameEn,
    IReadOnlyList<RegionPrefecture> Prefectures,
    RecommendationForm Form,
    IReadOnlyDictionary<string, string> Errors,
    bool Saved,
    IReadOnlyList<RecommendationRow> Recommendations);

/// <summary>/procurement/recommendations for an enterprise: the recommendations matching its industry and prefecture.</summary>
public sealed record EnterpriseRecommendationsViewModel(
    string? EnterpriseNameJa,
    string? JsicMajorGroup,
    string? PrefectureNameJa,
    IReadOnlyList<RecommendationRow> Recommendations);
