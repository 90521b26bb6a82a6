using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Review;

namespace AllJapanTokyo.UnitTests.Reporting;

/// <summary>The reviewer's diff, read from the audit trail: what changed since the report was last submitted.</summary>
public sealed class SubmissionChangesTests
{
    private long _id;

    [Fact]
    public void AtTheFirstSubmissionEveryEnteredValueIsNew()
    {
        var changes = SubmissionChanges.From(
        [
            Value("exhibitors", null, "13"),
            Value("exhibitors", "13", "12"),
            Value("exhibitors", null, "12", online: true),
            Entry(AuditAction.StatusChanged, null, "開催"),
            Entry(AuditAction.Submitted),
        ]);

        Assert.True(changes.FirstSubmission);
        Assert.Equal(
            [new ValueChange("exhibitors", false, null, "12"), new ValueChange("exhibitors", true, null, "12"), new ValueChange(null, false, null, "開催")],
            changes.Values);
    }

    [Fact]
    public void AfterAReturnOnlyWhatChangedSinceTheLastSubmissionIsShownAndAValueChangedBackIsNoChange()
    {
        var changes = SubmissionChanges.From(
        [
            Value("exhibitors", null, "13"),
            Value("participating_cities", null, "0"),
            Entry(AuditAction.Submitted),
            Entry(AuditAction.Returned),
            Value("participating_cities", "0", "1"),
            Value("exhibitors", "13", "14"),
            Value("exhibitors", "14", "13"),
            Entry(AuditAction.Submitted),
            Value("participating_cities", "1", "2"),
        ]);

        Assert.False(changes.FirstSubmission);
        Assert.Equal([new ValueChange("participating_cities", false, "0", "1")], changes.Values);
    }

    [Fact]
    public void ANeverSubmittedReportHasNothingToReview() => Assert.Empty(SubmissionChanges.From([Value("exhibitors", null, "1")]).Values);

    private ReportingAuditEntry Value(string indicator, string? before, string? after, bool online = false) =>
        Entry(AuditAction.ValueChanged, before, after, indicator, online);

    private ReportingAuditEntry Entry(AuditAction action, string? before = null, string? after = null, string? indicator = null, bool online = false) => new()
    {
        Id = ++_id,
        InitiativeCode = "2-3",
        PrefectureCode = "15",
        FiscalYear = 2020,
        Action = action,
        IndicatorCode = indicator,
        FormatPart = online ? ReportingAuditEntry.OnlineFormatPart : "",
        OldValue = before,
        NewValue = after,
        ChangedBy = "niigata@example.jp",
    };
}
