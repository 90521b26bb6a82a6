using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Funds;

public enum FundReportState
{
    Submitted,
    Returned,
    Approved,
    Published,
}

/// <summary>
/// The operator's quarterly report: the fund's status as of a quarter end, computed from its books when submitted and
/// kept as submitted (a later record does not change a report already given). Tokyo approves it or returns it with a
/// reason; an approved report is published, and only published figures reach the public pages.
/// </summary>
public class FundQuarterlyReport
{
    public const int ReasonMaxLength = 1000;

    public int Id { get; set; }

    public int FundId { get; set; }

    public DateOnly QuarterEnd { get; set; }

    public FundReportState State { get; set; }

    public long CommitmentsYen { get; set; }

    public long PaidInYen { get; set; }

    public long UnfundedYen { get; set; }

    public long DistributedYen { get; set; }

    public long InvestedYen { get; set; }

    public long ProceedsYen { get; set; }

    public long NavYen { get; set; }

    public int InvesteeCount { get; set; }

    public int SupportEntryCount { get; set; }

    public int PartnerPrefectureCount { get; set; }

    public decimal? Dpi { get; set; }

    public decimal? Rvpi { get; set; }

    public decimal? Tvpi { get; set; }

    /// <summary>Net IRR (XIRR of the investors' flows with the NAV as terminal value); null when not defined.</summary>
    public decimal? NetIrr { get; set; }

    /// <summary>Computed from at least one fictitious record: shown with 架空 wherever it appears.</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>The fund card as it stood when the report was submitted: what the public pages show once it is published.</summary>
    public string? OperatorNameJa { get; set; }

    public PartialDate? Established { get; set; }

    public DateOnly? TermEndsOn { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public required string SubmittedById { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DecidedById { get; set; }

    public string? ReturnReason { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public static bool IsQuarterEnd(DateOnly date) =>
        date.Month % 3 == 0 && date.Day == DateTime.DaysInMonth(date.Year, date.Month);

    public FundProblem? Approve(string officialId, DateTime nowUtc)
    {
        if (State != FundReportState.Submitted)
        {
            return FundProblem.ReportNotAwaitingDecision;
        }

        State = FundReportState.Approved;
        DecidedById = officialId;
        DecidedAtUtc = nowUtc;
        return null;
    }

    public FundProblem? Return(string officialId, string? reason, DateTime nowUtc)
    {
        if (State != FundReportState.Submitted)
        {
            return FundProblem.ReportNotAwaitingDecision;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return FundProblem.ReasonRequired;
        }

        if (reason.Trim().Length > ReasonMaxLength)
        {
            return FundProblem.TextTooLong;
        }

        State = FundReportState.Returned;
        ReturnReason = reason.Trim();
        DecidedById = officialId;
        DecidedAtUtc = nowUtc;
        return null;
    }

    public FundProblem? Publish(DateTime nowUtc)
    {
        if (State != FundReportState.Approved)
        {
            return FundProblem.ReportNotApproved;
        }

        State = FundReportState.Published;
        PublishedAtUtc = nowUtc;
        return null;
    }
}
