using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.UnitTests.Reporting;

public sealed class EntryWindowTests
{
    private static readonly EntryWindow SixtyDays = new(60);

    [Fact]
    public void Fy2020EndsAtMidnightJapanTimeOn31March2021AndClosesSixtyDaysLater()
    {
        Assert.Equal(new DateTime(2021, 3, 31, 15, 0, 0, DateTimeKind.Utc), EntryWindow.FiscalYearEndUtc(2020));
        Assert.Equal(new DateTime(2021, 5, 30, 15, 0, 0, DateTimeKind.Utc), SixtyDays.ClosesAtUtc(2020));
    }

    [Theory]
    [InlineData("2020-03-31T14:59:59Z", false)] // before FY2020 begins (1 April 2020, Japan time)
    [InlineData("2020-03-31T15:00:00Z", true)]
    [InlineData("2021-05-30T14:59:59Z", true)]
    [InlineData("2021-05-30T15:00:00Z", false)]
    public void EntryIsOpenFromTheStartOfTheFiscalYearUntilTheConfiguredDay(string now, bool open)
    {
        var instant = DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(open, SixtyDays.IsOpen(2020, instant));
    }

    [Fact]
    public void ALockExceptionReopensOneClosedReportUntilItsEnd()
    {
        var now = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        var report = new ReportSubmission { FiscalYear = 2020, InitiativeCode = "2-3", PrefectureCode = "15" };
        Assert.False(report.IsEntryOpen(now, SixtyDays));

        report.OpenLockException("official@example.jp", now.AddDays(14));

        Assert.True(report.IsEntryOpen(now, SixtyDays));
        Assert.False(report.IsEntryOpen(now.AddDays(15), SixtyDays));
    }

    [Fact]
    public void TheWorkflowGoesDraftSubmittedReturnedSubmittedApprovedAndEachStepRenewsTheVersion()
    {
        var now = new DateTime(2021, 4, 20, 0, 0, 0, DateTimeKind.Utc);
        var report = new ReportSubmission { FiscalYear = 2020, InitiativeCode = "2-3", PrefectureCode = "15" };
        var versions = new HashSet<Guid> { report.Version };

        report.Submit("niigata@example.jp", now);
        versions.Add(report.Version);
        Assert.Throws<InvalidOperationException>(() => report.Submit("niigata@example.jp", now));
        report.Return("official@example.jp", "参加市数を確認してください。", now);
        versions.Add(report.Version);
        Assert.Equal(ReviewState.Returned, report.State);
        Assert.True(report.IsEditableState);
        Assert.Throws<InvalidOperationException>(() => report.Approve("official@example.jp", now));
        report.Submit("niigata@example.jp", now);
        versions.Add(report.Version);
        report.Approve("official@example.jp", now);
        versions.Add(report.Version);

        Assert.Equal(ReviewState.Approved, report.State);
        Assert.False(report.IsEditableState);
        Assert.Equal(5, versions.Count);
    }
}
