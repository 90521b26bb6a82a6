using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Tourism;

/// <summary>What a joint promotion with a MICE partner city was.</summary>
public enum MicePromotionKind
{
    /// <summary>合同商談会: a joint business meeting with meeting planners.</summary>
    JointBusinessMeeting = 1,

    /// <summary>視察: a site inspection for planners.</summary>
    Inspection = 2,

    /// <summary>PR: a promotion at a trade show or in the media.</summary>
    Promotion = 3,

    Other = 9,
}

/// <summary>Why a joint promotion was refused; the web layer words it.</summary>
public enum MicePromotionProblem
{
    PartnerRequired,
    TitleRequired,
    TooLong,
    KindRequired,
    FiscalYearRequired,
    DateRequired,
    PeriodReversed,
    DateOutsideFiscalYear,
    NotPartnerThatYear,
    PrefectureRequired,
    UnknownPrefecture,
}

/// <summary>A refused field of the form, with its problem.</summary>
public sealed record MicePromotionFieldProblem(string Field, MicePromotionProblem Problem);

/// <summary>
/// A joint promotion Tokyo held with one of its MICE partner cities (measure 5-2) in a fiscal year: a joint business
/// meeting, a site inspection or a PR, on a day or over a period, with the prefectures involved and what came of it.
/// The report names the partner cities but no promotion, so the portal holds only what Tokyo's staff enter (and, in
/// development, demonstration rows marked synthetic).
/// </summary>
public class MicePromotion
{
    public const string Initiative = "5-2";

    public const int TitleMaxLength = 200, OutcomeMaxLength = 2000;

    public int Id { get; set; }

    /// <summary>The partner city, a <see cref="TourismPartnership"/> of <see cref="Initiative"/>.</summary>
    public int TourismPartnershipId { get; set; }

    public int FiscalYear { get; set; }

    public required string TitleJa { get; set; }

    public MicePromotionKind Kind { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The last day of a period; null for a promotion of one day.</summary>
    public DateOnly? EndDate { get; set; }

    public string? OutcomeJa { get; set; }

    public bool IsSynthetic { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<MicePromotionPrefecture> Prefectures { get; set; } = [];

    /// <summary>
    /// The rules of a promotion: a partner city of MICE that is a partner in the fiscal year, a title, a kind, a fiscal
    /// year the first and last days both fall in, an end not before the start, and at least one prefecture, every one of
    /// them known (<paramref name="knownPrefectures"/>). Problems are listed in the form's order.
    /// </summary>
    public static List<MicePromotionFieldProblem> Check(
        TourismPartnership? partner,
        int? fiscalYear,
        string? title,
        MicePromotionKind? kind,
        DateOnly? start,
        DateOnly? end,
        string? outcome,
        IReadOnlyCollection<string> prefectureCodes,
        IReadOnlySet<string> knownPrefectures)
    {
        var problems = new List<MicePromotionFieldProblem>();
        if (partner is null || partner.InitiativeCode != Initiative)
        {
            problems.Add(new("partner", MicePromotionProblem.PartnerRequired));
        }

        if (fiscalYear is not { } fy || !Common.FiscalYear.IsValid(fy))
        {
            problems.Add(new("fiscal_year", MicePromotionProblem.FiscalYearRequired));
        }
        else if (partner is { InitiativeCode: Initiative } && !TourismPartnership.Covers(partner.SinceFiscalYear, partner.UntilFiscalYear, fy))
        {
            problems.Add(new("fiscal_year", MicePromotionProblem.NotPartnerThatYear));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(new("title", MicePromotionProblem.TitleRequired));
        }
        else if (title.Trim().Length > TitleMaxLength)
        {
            problems.Add(new("title", MicePromotionProblem.TooLong));
        }

        if (kind is not { } k || !Enum.IsDefined(k))
        {
            problems.Add(new("kind", MicePromotionProblem.KindRequired));
        }

        if (start is not { } first)
        {
            problems.Add(new("start", MicePromotionProblem.DateRequired));
        }
        else
        {
            if (end is { } last && last < first)
            {
                problems.Add(new("end", MicePromotionProblem.PeriodReversed));
            }
            else if (fiscalYear is { } year && Common.FiscalYear.IsValid(year)
                && (!new FiscalYear(year).Contains(first) || (end is { } until && !new FiscalYear(year).Contains(until))))
            {
                problems.Add(new("start", MicePromotionProblem.DateOutsideFiscalYear));
            }
        }

        if (outcome is { } o && o.Trim().Length > OutcomeMaxLength)
        {
            problems.Add(new("outcome", MicePromotionProblem.TooLong));
        }

        if (prefectureCodes.Count == 0)
        {
            problems.Add(new("prefectures", MicePromotionProblem.PrefectureRequired));
        }
        else if (prefectureCodes.Any(c => !knownPrefectures.Contains(c)))
        {
            problems.Add(new("prefectures", MicePromotionProblem.UnknownPrefecture));
        }

        return problems;
    }
}

/// <summary>A prefecture involved in a joint promotion (JIS code).</summary>
public class MicePromotionPrefecture
{
    public int MicePromotionId { get; set; }

    public required string PrefectureCode { get; set; }
}
