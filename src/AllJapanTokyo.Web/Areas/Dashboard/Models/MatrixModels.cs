using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Prefectures;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>One cell: the fiscal years (in order) in which the prefecture took part in the initiative; empty when it did not.</summary>
public sealed record MatrixCell(string InitiativeCode, IReadOnlyList<int> FiscalYears)
{
    public int Count => FiscalYears.Count;

    public bool TookPart => FiscalYears.Count > 0;
}

/// <summary>A row: one prefecture with a cell per initiative; the total counts the cells (one year) or the years (all years).</summary>
public sealed record MatrixRow(string Code, LocalizedText Name, IReadOnlyList<MatrixCell> Cells)
{
    /// <summary>Tokyo runs every initiative: its row says so instead of a row of "did not take part".</summary>
    public bool IsHost => Code == Prefecture.TokyoCode;

    public int Total => Cells.Sum(c => c.Count);
}

/// <summary>
/// The prefecture × initiative participation matrix of one fiscal year (<see cref="FiscalYear"/> set; cells are 0 or 1)
/// or of FY2015–FY2020 together (<see cref="FiscalYear"/> null; cells count the years, 0–6). Derived from the one
/// participation rule (ParticipationService), never kept by hand. <see cref="Problem"/> is a year asked for that the
/// matrix cannot show.
/// </summary>
public sealed record ParticipationMatrix(
    int? FiscalYear,
    DashboardProblem? Problem,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<InitiativeRef> Initiatives,
    IReadOnlyList<MatrixRow> Rows)
{
    /// <summary>The <c>fy</c> value that asks for FY2015–FY2020 together.</summary>
    public const string AllYearsQuery = "all";

    public bool AllYears => FiscalYear is null;

    /// <summary>The value of the <c>fy</c> query string that gives this matrix ("2020" or "all").</summary>
    public string Query => FiscalYear is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : AllYearsQuery;

    public IReadOnlyList<int> ColumnTotals => Initiatives.Select((_, i) => Rows.Sum(r => r.Cells[i].Count)).ToArray();

    public int GrandTotal => Rows.Sum(r => r.Total);
}
