namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// One column of the procurement figures (tenders, and later bids and awards): each column counts programme facts and
/// synthetic rows separately, by fiscal year and by prefecture.
/// </summary>
public sealed record ProcurementColumn(string Code, string LabelJa, string LabelEn, string UnitJa, string UnitEn);

/// <summary>A count of programme facts and, beside it, never added to it, the synthetic rows (load-test and demo data).</summary>
public sealed record RealAndSynthetic(long Real, long Synthetic)
{
    public static RealAndSynthetic Zero { get; } = new(0, 0);
}

/// <summary>One row of a figures table: a fiscal year or a prefecture, with one cell per column code.</summary>
public sealed record ProcurementRow(string Key, string LabelJa, string LabelEn, string? Href, IReadOnlyDictionary<string, RealAndSynthetic> Cells)
{
    public RealAndSynthetic Cell(string code) => Cells.TryGetValue(code, out var cell) ? cell : RealAndSynthetic.Zero;
}

/// <summary>
/// /dashboard/procurement: the tender portal's figures for reporting (initiative 1-1): registered enterprises
/// (approved; programme facts and synthetic rows apart), buyer organisations using e-bidding, and the columns per
/// fiscal year and per prefecture. The report's own FY figures (36,000件以上, 29団体) are shown beside them.
/// </summary>
public sealed record ProcurementFigures(
    RealAndSynthetic ApprovedEnterprises,
    RealAndSynthetic PendingEnterprises,
    RealAndSynthetic EBiddingOrganizations,
    RealAndSynthetic BuyerOrganizations,
    IReadOnlyList<IndicatorFigureRow> ReportedFigures,
    IReadOnlyList<ProcurementColumn> FiscalYearColumns,
    IReadOnlyList<ProcurementRow> ByFiscalYear,
    IReadOnlyList<ProcurementColumn> PrefectureColumns,
    IReadOnlyList<ProcurementRow> ByPrefecture);
