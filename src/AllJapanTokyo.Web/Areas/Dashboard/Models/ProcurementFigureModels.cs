namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// A column of the procurement figures: what is counted, by fiscal year and by prefecture, with programme facts and
/// synthetic rows counted apart. The web layer names it (DashboardText); <see cref="ProcurementCodes.Code(ProcurementColumn)"/> marks it.
/// </summary>
public enum ProcurementColumn
{
    /// <summary>Registered enterprises whose screening was approved.</summary>
    Enterprises,

    /// <summary>Published tenders.</summary>
    Tenders,

    /// <summary>Bids still standing (not withdrawn).</summary>
    Bids,

    /// <summary>Awards.</summary>
    Awards,
}

/// <summary>The marks of the procurement figures in the page (data-column, data-figure) and in the CSV (key).</summary>
public static class ProcurementCodes
{
    /// <summary>"enterprises", "tenders", "bids", "awards": the column's mark in the page (data-column).</summary>
    public static string Code(this ProcurementColumn column) => column switch
    {
        ProcurementColumn.Enterprises => "enterprises",
        ProcurementColumn.Tenders => "tenders",
        ProcurementColumn.Bids => "bids",
        ProcurementColumn.Awards => "awards",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static string Code(this ProcurementSummaryFigure figure) => figure switch
    {
        ProcurementSummaryFigure.ApprovedEnterprises => "approved-enterprises",
        ProcurementSummaryFigure.PendingEnterprises => "pending-enterprises",
        ProcurementSummaryFigure.EBiddingOrganizations => "e-bidding-organizations",
        ProcurementSummaryFigure.BuyerOrganizations => "buyer-organizations",
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };
}

/// <summary>A count of programme facts and, beside it, never added to it, the synthetic rows (load-test and demo data).</summary>
public sealed record RealAndSynthetic(long Real, long Synthetic)
{
    public static RealAndSynthetic Zero { get; } = new(0, 0);
}

/// <summary>
/// One row of a figures table: a fiscal year (<see cref="FiscalYear"/>) or a prefecture (<see cref="Prefecture"/>),
/// keyed by the year or the prefecture code, with one cell per column.
/// </summary>
public sealed record ProcurementRow(string Key, int? FiscalYear, PrefectureRef? Prefecture, IReadOnlyDictionary<ProcurementColumn, RealAndSynthetic> Cells)
{
    public RealAndSynthetic Cell(ProcurementColumn column) => Cells.TryGetValue(column, out var cell) ? cell : RealAndSynthetic.Zero;
}

/// <summary>One count of the summary table: registered enterprises, those awaiting screening, buyer organisations.</summary>
public enum ProcurementSummaryFigure
{
    ApprovedEnterprises,
    PendingEnterprises,
    EBiddingOrganizations,
    BuyerOrganizations,
}

/// <summary>
/// /dashboard/procurement: the tender portal's figures for reporting (initiative 1-1): registered enterprises
/// (approved; programme facts and synthetic rows apart), buyer organisations using e-bidding, and the columns per
/// fiscal year and per prefecture. The report's own FY figures (36,000件以上, 29団体) are shown beside them.
/// </summary>
public sealed record ProcurementFigures(
    IReadOnlyDictionary<ProcurementSummaryFigure, RealAndSynthetic> Summary,
    IReadOnlyList<IndicatorFigureRow> ReportedFigures,
    IReadOnlyList<ProcurementColumn> FiscalYearColumns,
    IReadOnlyList<ProcurementRow> ByFiscalYear,
    IReadOnlyList<ProcurementColumn> PrefectureColumns,
    IReadOnlyList<ProcurementRow> ByPrefecture);
