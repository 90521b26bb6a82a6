using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.UnitTests.Reporting;

/// <summary>The rules on a report that queries apply (AwaitsEntry, IsStarted) give the same answer in memory.</summary>
public sealed class ReportSubmissionRules
{
    private static readonly DateTime Now = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

    private static readonly EntryWindow SixtyDays = new(60);

    [Fact]
    public void ANewReportAwaitsEntryAndIsNotStarted()
    {
        var report = NewReport();

        Assert.True(report.IsEditableState);
        Assert.False(report.HasStarted);
        Assert.Single(Filter(report, ReportSubmission.AwaitsEntry));
        Assert.Empty(Filter(report, ReportSubmission.IsStarted));
    }

    [Fact]
    public void ASavedDraftIsStartedAndASubmittedReportNoLongerAwaitsEntry()
    {
        var report = NewReport();
        report.Touch("niigata@example.jp", Now);
        Assert.True(report.HasStarted);
        Assert.Single(Filter(report, ReportSubmission.IsStarted));

        report.Submit("niigata@example.jp", Now);
        Assert.False(report.IsEditableState);
        Assert.Empty(Filter(report, ReportSubmission.AwaitsEntry));
        Assert.Equal(ReviewState.Submitted, report.State);
    }

    [Fact]
    public void AReportNotSubmittedAfterTheWindowIsLateUnlessALockExceptionReopensIt()
    {
        var report = NewReport();
        Assert.True(report.IsLate(Now, SixtyDays));

        report.OpenLockException("official@example.jp", Now.AddDays(7));
        Assert.False(report.IsLate(Now, SixtyDays));

        var submitted = NewReport();
        submitted.Submit("niigata@example.jp", Now);
        Assert.False(submitted.IsLate(Now, SixtyDays));
    }

    [Fact]
    public void ALockExceptionCanBeGivenWhenTheReportIsCreated()
    {
        var report = new ReportSubmission { FiscalYear = 2020, InitiativeCode = "2-3", PrefectureCode = "15", LockExceptionUntilUtc = Now.AddDays(1), LockExceptionBy = "test" };

        Assert.True(report.IsEntryOpen(Now, SixtyDays));
        Assert.Equal("test", report.LockExceptionBy);
    }

    [Fact]
    public void EachReportHasOneStatusFromNotStartedToApproved()
    {
        var open = new EntryWindow(365 * 10);
        var report = NewReport();
        Assert.Equal(ReportStatus.NotStarted, report.StatusAt(Now, open));
        Assert.Equal(ReportStatus.Overdue, report.StatusAt(Now, SixtyDays));

        report.Touch("niigata@example.jp", Now);
        Assert.Equal(ReportStatus.Draft, report.StatusAt(Now, open));
        report.Submit("niigata@example.jp", Now);
        Assert.Equal(ReportStatus.Submitted, report.StatusAt(Now, SixtyDays));
        report.Return("official@example.jp", "確認してください。", Now);
        Assert.Equal(ReportStatus.Returned, report.StatusAt(Now, open));
        Assert.Equal(ReportStatus.Overdue, report.StatusAt(Now, SixtyDays));

        report.OpenLockException("official@example.jp", Now.AddDays(7));
        Assert.Equal(ReportStatus.Returned, report.StatusAt(Now, SixtyDays));
        Assert.Equal(Now.AddDays(7), report.EntryDeadlineUtc(Now, SixtyDays));
        Assert.Equal(SixtyDays.ClosesAtUtc(2020), report.EntryDeadlineUtc(Now.AddDays(8), SixtyDays));

        report.Submit("niigata@example.jp", Now);
        report.Approve("official@example.jp", Now);
        Assert.Equal(ReportStatus.Approved, report.StatusAt(Now, SixtyDays));
    }

    private static ReportSubmission NewReport() => new() { FiscalYear = 2020, InitiativeCode = "2-3", PrefectureCode = "15" };

    private static List<ReportSubmission> Filter(ReportSubmission report, System.Linq.Expressions.Expression<Func<ReportSubmission, bool>> rule) =>
        new[] { report }.AsQueryable().Where(rule).ToList();
}
