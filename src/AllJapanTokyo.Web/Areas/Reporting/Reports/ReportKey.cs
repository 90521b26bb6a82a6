namespace AllJapanTokyo.Web.Areas.Reporting.Reports;

/// <summary>One prefecture's report on one initiative for one fiscal year, as its address names it: /reporting/2020/2-3/15.</summary>
public sealed record ReportKey(int FiscalYear, string Initiative, string Prefecture)
{
    /// <summary>The route values of the report's pages, for <c>asp-all-route-data</c> (with <c>asp-area="Reporting"</c>).</summary>
    public Dictionary<string, string> RouteData() => new(StringComparer.Ordinal)
    {
        ["fiscalYear"] = FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["initiative"] = Initiative,
        ["prefecture"] = Prefecture,
    };

    /// <summary>The route values as an object, for <c>RedirectToAction</c> and <c>LinkGenerator</c>.</summary>
    public object RouteValues(string? done = null) => new { area = "Reporting", fiscalYear = FiscalYear, initiative = Initiative, prefecture = Prefecture, done };
}
