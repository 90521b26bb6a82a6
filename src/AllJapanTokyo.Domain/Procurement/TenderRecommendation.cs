using System.Linq.Expressions;

namespace AllJapanTokyo.Domain.Procurement;

/// <summary>
/// One of the six regions where a regional coordinator (地域配置人材, initiative 1-1: 「各地の産業に精通した人材を全国
/// 各地域に６名配置」) shares orders with the enterprises of the region.
/// </summary>
public class CoordinatorRegion
{
    public int Id { get; set; }

    /// <summary>Stable code: hokkaido-tohoku, kanto, chubu, kinki, chugoku-shikoku, kyushu-okinawa.</summary>
    public required string Code { get; set; }

    public required string NameJa { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The signed-in user name (e-mail) of the region's coordinator; null while the post is vacant.</summary>
    public string? CoordinatorUserName { get; set; }

    public List<CoordinatorRegionPrefecture> Prefectures { get; set; } = [];
}

public class CoordinatorRegionPrefecture
{
    public int CoordinatorRegionId { get; set; }

    public required string PrefectureCode { get; set; }
}

/// <summary>
/// A coordinator's recommendation of a tender to the enterprises of one industry (JSIC major group) in the
/// coordinator's region, or in one prefecture of it. An enterprise sees the recommendations that match its industry
/// and its prefecture (<see cref="MeantFor"/>).
/// </summary>
public class TenderRecommendation
{
    public const int MaxNoteLength = 1000;

    public int Id { get; set; }

    public int TenderId { get; set; }

    public int CoordinatorRegionId { get; set; }

    /// <summary>JSIC major group (A–T) of the enterprises meant.</summary>
    public required string JsicMajorGroup { get; set; }

    /// <summary>One prefecture of the region, or null for the whole region.</summary>
    public string? PrefectureCode { get; set; }

    public string? NoteJa { get; set; }

    public required string RecommendedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// The recommendations meant for an enterprise of <paramref name="enterpriseJsic"/> in <paramref name="enterprisePrefecture"/>:
    /// same industry, and the recommendation's prefecture, or any prefecture of its region when it names none.
    /// <paramref name="regions"/> is where the regions and their prefectures are read (the database's set in a query).
    /// </summary>
    public static Expression<Func<TenderRecommendation, bool>> MeantFor(string enterpriseJsic, string enterprisePrefecture, IQueryable<CoordinatorRegion> regions) =>
        r => r.JsicMajorGroup == enterpriseJsic
            && (r.PrefectureCode != null
                ? r.PrefectureCode == enterprisePrefecture
                : regions.Any(g => g.Id == r.CoordinatorRegionId && g.Prefectures.Any(p => p.PrefectureCode == enterprisePrefecture)));
}
