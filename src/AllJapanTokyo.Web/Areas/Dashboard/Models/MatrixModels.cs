using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>A column of the participation matrix: one of the 26 initiatives.</summary>
public sealed record MatrixInitiative(string Code, string TitleJa, string TitleEn)
{
    public string Title => Display.Pick(TitleJa, TitleEn);
}

/// <summary>One cell: the fiscal years (in order) in which the prefecture took part in the initiative; empty when it did not.</summary>
public sealed record MatrixCell(string InitiativeCode, IReadOnlyList<int> FiscalYears)
{
    public int Count => FiscalYears.Count;

    public bool TookPart => FiscalYears.Count > 0;
}

/// <summary>A row: one prefecture with a cell per initiative; the total counts the cells (one year) or the years (all years).</summary>
public sealed record MatrixRow(string Code, string NameJa, string NameEn, IReadOnlyList<MatrixCell> Cells)
{
    public string Name => Display.Pick(NameJa, NameEn);

    public string Href => $"/prefectures/{Code}";

    /// <summary>Tokyo runs every initiative: its row says so instead of a row of "did not take part".</summary>
    public bool IsHost => Code == Domain.Prefectures.Prefecture.TokyoCode;

    public int Total => Cells.Sum(c => c.Count);
}

/// <summary>
/// The prefecture × initiative participation matrix of one fiscal year (<see cref="FiscalYear"/> set; cells are 0 or 1)
/// or of FY2015–FY2020 together (<see cref="FiscalYear"/> null; cells count the years, 0–6). Derived from
/// <see cref="DashboardService.ParticipationAsync"/>, never kept by hand.
/// </summary>
public sealed record ParticipationMatrix(
    int? FiscalYear,
    string? RefusedFiscalYear,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<MatrixInitiative> Initiatives,
    IReadOnlyList<MatrixRow> Rows)
{
    public bool AllYears => FiscalYear is null;

    /// <summary>The value of the <c>fy</c> query string that gives this matrix ("2020" or "all").</summary>
    public string Query => FiscalYear is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : MatrixService.AllYears;

    /// <summary>「令和2年度」 or 「平成27年度～令和2年度」.</summary>
    public string PeriodLabel => FiscalYear is { } year
        ? Display.FiscalYearLabel(year)
        : Display.FiscalYearLabel(FiscalYears[0]) + (Display.IsEnglish ? "–" : "～") + Display.FiscalYearLabel(FiscalYears[^1]);

    public IReadOnlyList<int> ColumnTotals => Initiatives.Select((_, i) => Rows.Sum(r => r.Cells[i].Count)).ToArray();

    public int GrandTotal => Rows.Sum(r => r.Total);
}
