using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.Web.Areas.Reporting;

public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Entry for a fiscal year closes this many days after 31 March.</summary>
    public int EntryClosesDaysAfterFiscalYearEnd { get; set; } = EntryWindow.DefaultDays;

    public EntryWindow Window => new(EntryClosesDaysAfterFiscalYearEnd);
}
