namespace AllJapanTokyo.Web.Areas.Reporting.Reports;

/// <summary>One prefecture's report on one initiative for one fiscal year, as its address names it: /reporting/2020/2-3/15.</summary>
public sealed record ReportKey(int FiscalYear, string Initiative, string Prefecture);
