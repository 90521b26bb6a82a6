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

    /// <summary>The investee's entry in the enterprise registry, picked from a search by name or corporate number (optional).</summary>
    public int? EnterpriseId { get; set; }
}

/// <summary>Links an investee already in the books to its entry in the enterprise registry.</summary>
public sealed class EnterpriseLinkForm
{
    public int InvestmentId { get; set; }

    public int? EnterpriseId { get; set; }
}

/// <summary>The fund card as typed: the operator, the establishment (YYYY-MM or YYYY-MM-DD) and the end of the term.</summary>
public sealed class FundCardForm
{
    public string? OperatorName { get; set; }

    public string? Established { get; set; }

    public DateOnly? TermEndsOn { get; set; }
}

/// <summary>An investor as typed; <see cref="InvestorId"/> 0 adds a new one.</summary>
public sealed class InvestorForm
{
    public int InvestorId { get; set; }

    public string? Name { get; set; }

    public FundInvestorKind Kind { get; set; }

    public string? Commitment { get; set; }
}

/// <summary>A correction as typed: which record is reversed (「Call:12」, its kind and id), and why.</summary>
public sealed class CorrectionForm
{
    public string? Record { get; set; }

    public string? Reason { get; set; }

    public static string ValueOf(FundRecordKind kind, int id) => $"{kind}:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public bool TryRecord(out FundRecordKind kind, out int id)
    {
        kind = default;
        id = 0;
        var parts = Record?.Split(':');
        return parts is [var k, var i]
            && Enum.TryParse(k, out kind) && Enum.IsDefined(kind)
            && int.TryParse(i, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id);
    }
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
    string? Done)
{
    /// <summary>The form refused, as it was typed, so it is shown again with what was typed.</summary>
    public object? Typed { get; init; }

    /// <summary>Tokyo officials and the fund's operator edit the card and the investors.</summary>
    public bool EditsCard { get; init; }

    /// <summary>What was searched for in the enterprise registry, and the public enterprises found (name and corporate number).</summary>
    public string? Find { get; init; }

    public IReadOnlyList<RegistryEnterprise> Enterprises { get; init; } = [];

    /// <summary>The registry entries the investees are linked to, by id.</summary>
    public IReadOnlyDictionary<int, RegistryEnterprise> Linked { get; init; } = new Dictionary<int, RegistryEnterprise>();
}

/// <summary>An enterprise of the registry as the fund's forms offer it.</summary>
public sealed record RegistryEnterprise(int Id, string NameJa, string CorporateNumber, bool IsSynthetic);

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
