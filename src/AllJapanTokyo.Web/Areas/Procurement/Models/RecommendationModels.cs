using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

/// <summary>What the coordinator typed: the tender's reference, the industry and (optionally) one prefecture of the region.</summary>
public sealed class RecommendationForm
{
    public string? TenderReference { get; set; }

    public string? JsicMajorGroup { get; set; }

    public string? PrefectureCode { get; set; }

    public string? NoteJa { get; set; }
}

/// <summary>Why a recommendation is refused.</summary>
public enum RecommendationProblem
{
    /// <summary>The signed-in coordinator has no region.</summary>
    NoRegion,

    ReferenceMissing,

    /// <summary>No tender with that reference that may be recommended (see <see cref="Domain.Procurement.Tender.MayBeRecommended"/>).</summary>
    NotRecommendable,

    IndustryMissing,

    PrefectureOutsideRegion,

    /// <summary>Longer than <see cref="Domain.Procurement.TenderRecommendation.MaxNoteLength"/>.</summary>
    NoteTooLong,

    AlreadyRecommended,
}

/// <summary>A recommendation as the coordinator and the enterprise see it.</summary>
public sealed record RecommendationRow(
    int Id,
    int TenderId,
    string TenderReference,
    string TenderTitle,
    bool TenderIsSynthetic,
    DateTime TenderEndUtc,
    string JsicMajorGroup,
    LocalizedText? Prefecture,
    string RegionNameJa,
    string RegionNameEn,
    string? NoteJa,
    DateTime CreatedAtUtc);

/// <summary>/procurement/recommendations for a regional coordinator: the region, the form and the region's recommendations.</summary>
public sealed record CoordinatorRecommendationsViewModel(
    string? RegionNameJa,
    string? RegionNameEn,
    IReadOnlyList<PrefectureOption> Prefectures,
    RecommendationForm Form,
    IReadOnlyDictionary<string, RecommendationProblem> Errors,
    bool Saved,
    IReadOnlyList<RecommendationRow> Recommendations);

/// <summary>/procurement/recommendations for an enterprise: the recommendations matching its industry and prefecture.</summary>
public sealed record EnterpriseRecommendationsViewModel(
    string? EnterpriseNameJa,
    string? JsicMajorGroup,
    LocalizedText? Prefecture,
    IReadOnlyList<RecommendationRow> Recommendations);
