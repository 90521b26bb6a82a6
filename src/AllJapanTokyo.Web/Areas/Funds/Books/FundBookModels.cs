using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Funds;

namespace AllJapanTokyo.Web.Areas.Funds.Books;

/// <summary>Why a post was refused: a rule of the books, or a number as typed (in which field).</summary>
public sealed record FundRefusal(FundProblem? Problem, NumberProblem? Number = null, string? Field = null);

public sealed class CallForm
{
    public DateOnly? On { get; set; }

    public CallPurpose Purpose { get; set; }

    public string? Amount { get; set; }
}

public sealed class DistributionForm
{
    public DateOnly? On { get; set; }

    public DistributionKind Kind { get; set; }

    public string? Amount { get; set; }
}

public sealed class InvesteeForm
{
    public string? CompanyName { get; set; }

    public string? PrefectureCode { get; set; }

    public string? PartnerName { get; set; }

    public string? PartnerPrefectureCode { get; set; }
}

public sealed class RoundForm
{
    public int InvestmentId { get; set; }

    public DateOnly? On { get; set; }

    public InvestmentInstrument Instrument { get; set; }

    public InvestmentStage Stage { get; set; }

    public string? Amount { get; set; }
}

public sealed class ValuationForm
{
    public int InvestmentId { get; set; }

    public DateOnly? AsOf { get; set; }

    public string? Value { get; set; }
}

public sealed class ExitForm
{
    public int InvestmentId { get; set; }

    public DateOnly? On { get; set; }

    public string? Cost { get; set; }

    public string? Proceeds { get; set; }
}

public sealed class SupportForm
{
    public int InvestmentId { get; set; }

    public DateOnly? On { get; set; }

    public string? Note { get; set; }
}

/// <summary>/funds/manage/{id}: the fund's books, its status today and its reports.</summary>
public sealed record FundBookPage(
    Fund Fund,
    FundStatus Today,
    IReadOnlyDictionary<int, long> Unfunded,
    IReadOnlyList<(string Code, LocalizedText Name)> Prefectures,
    bool Keeps,
    bool Decides,
    FundRefusal? Refusal,
    string? Done);

/// <summary>/funds/manage/{id}/calls/{callId}/investors/{investorId} (and the same for a distribution): one investor's notice.</summary>
public sealed record InvestorNotice(
    Fund Fund,
    FundInvestor Investor,
    DateOnly On,
    CallPurpose? Purpose,
    DistributionKind? Kind,
    long TotalYen,
    long PartYen,
    long CommitmentsYen,
    long CalledToDateYen,
    long UnfundedAfterYen,
    bool IsSynthetic);

/// <summary>/funds/manage/reports/{id}: a report with the flows each of its figures comes from.</summary>
public sealed record FundReportPage(Fund Fund, FundQuarterlyReport Report, FundStatus Trace, bool Keeps, bool Decides, FundRefusal? Refusal);
