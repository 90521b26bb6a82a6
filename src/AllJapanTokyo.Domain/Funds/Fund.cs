using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Funds;

/// <summary>The SME Collaboration Promotion Fund (中小企業連携促進ファンド): who runs it, who put money in, and its books.</summary>
public class Fund
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public required string NameJa { get; set; }

    /// <summary>The fund operator (運営事業者), as named in its records; null until the operator records it.</summary>
    public string? OperatorNameJa { get; set; }

    public PartialDate? OperatorSelected { get; set; }

    public PartialDate? Established { get; set; }

    /// <summary>The last day of the fund's term (存続期間), when set.</summary>
    public DateOnly? TermEndsOn { get; set; }

    public string? InvestorsJa { get; set; }

    /// <summary>出資→投資・経営支援→回収→分配.</summary>
    public string? FlowsJa { get; set; }

    public string? NoteJa { get; set; }

    /// <summary>Its operator's name and term are fictitious (demo data).</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>Raised by every change to the books; a concurrency token, so a record computed on books that changed meanwhile is refused.</summary>
    public int BooksVersion { get; set; }

    public List<FundInvestment> Investments { get; set; } = [];

    public List<FundInvestor> Investors { get; set; } = [];

    public List<FundCapitalCall> CapitalCalls { get; set; } = [];

    public List<FundDistribution> Distributions { get; set; } = [];

    public List<FundQuarterlyReport> Reports { get; set; } = [];
}

/// <summary>A company the fund has invested in (an investee), with its partners around Japan and its records.</summary>
public class FundInvestment
{
    public int Id { get; set; }

    public int FundId { get; set; }

    public Fund? Fund { get; set; }

    public required string CompanyNameJa { get; set; }

    public required string PrefectureCode { get; set; }

    /// <summary>The investee's entry in the enterprise registry, when it has one.</summary>
    public int? EnterpriseId { get; set; }

    public string? NoteJa { get; set; }

    public bool IsSynthetic { get; set; }

    public List<FundInvesteePartner> Partners { get; set; } = [];

    public List<FundInvestmentRound> Rounds { get; set; } = [];

    public List<FundValuation> Valuations { get; set; } = [];

    public List<FundExit> Exits { get; set; } = [];

    public List<FundSupportEntry> SupportEntries { get; set; } = [];
}

/// <summary>A company an investee grows with, somewhere in Japan: the point of the measure.</summary>
public class FundInvesteePartner
{
    public int Id { get; set; }

    public int InvestmentId { get; set; }

    public required string NameJa { get; set; }

    public required string PrefectureCode { get; set; }

    public bool IsSynthetic { get; set; }
}

public enum FundInvestorKind
{
    Tokyo,
    Private,
}

/// <summary>An investor (出資者) of the fund and what it committed.</summary>
public class FundInvestor
{
    public int Id { get; set; }

    public int FundId { get; set; }

    public required string NameJa { get; set; }

    public FundInvestorKind Kind { get; set; }

    public long CommitmentYen { get; set; }

    public bool IsSynthetic { get; set; }
}

/// <summary>A record of the books that can be corrected by a reversing entry.</summary>
public interface IFundCorrectable
{
    int Id { get; }

    int? ReversesId { get; }

    string? CorrectionReason { get; }
}

/// <summary>What a correction (a reversing entry) needs: a reason, as long as a report's return reason may be.</summary>
public static class FundCorrection
{
    public const int ReasonMaxLength = 1000;

    /// <summary>The records that count: neither reversed by a later entry nor themselves a reversing entry.</summary>
    public static IEnumerable<T> Live<T>(this IEnumerable<T> records)
        where T : IFundCorrectable
    {
        var list = records as IReadOnlyCollection<T> ?? records.ToList();
        var reversed = list.Where(r => r.ReversesId is not null).Select(r => r.ReversesId!.Value).ToHashSet();
        return list.Where(r => r.ReversesId is null && !reversed.Contains(r.Id));
    }
}

/// <summary>Who may keep a fund's records: a FundOperator account bound to one fund.</summary>
public class FundOperatorAssignment
{
    public int Id { get; set; }

    public int FundId { get; set; }

    public required string UserId { get; set; }
}

public enum CallPurpose
{
    Investment,
    ManagementFee,
    Expenses,
}

public enum DistributionKind
{
    ReturnOfCapital,
    Gain,
    Income,
}

/// <summary>A capital call (出資の払込請求): the amount, split among the investors pro rata to their commitments.</summary>
public class FundCapitalCall : IFundCorrectable
{
    public int Id { get; set; }

    public int FundId { get; set; }

    public DateOnly CalledOn { get; set; }

    public CallPurpose Purpose { get; set; }

    public long AmountYen { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Set on a reversing entry: the record it cancels (same date, amounts negated), never edited in place.</summary>
    public int? ReversesId { get; set; }

    /// <summary>Why the reversed record was a mistake; set on the reversing entry.</summary>
    public string? CorrectionReason { get; set; }

    public List<FundCallPart> Parts { get; set; } = [];
}

public class FundCallPart
{
    public int Id { get; set; }

    public int CallId { get; set; }

    public int InvestorId { get; set; }

    public long AmountYen { get; set; }
}

/// <summary>A distribution (分配) to the investors, split pro rata to their commitments.</summary>
public class FundDistribution : IFundCorrectable
{
    public int Id { get; set; }

    public int FundId { get; set; }

    public DateOnly PaidOn { get; set; }

    public DistributionKind Kind { get; set; }

    public long AmountYen { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Set on a reversing entry: the record it cancels (same date, amounts negated), never edited in place.</summary>
    public int? ReversesId { get; set; }

    /// <summary>Why the reversed record was a mistake; set on the reversing entry.</summary>
    public string? CorrectionReason { get; set; }

    public List<FundDistributionPart> Parts { get; set; } = [];
}

public class FundDistributionPart
{
    public int Id { get; set; }

    public int DistributionId { get; set; }

    public int InvestorId { get; set; }

    public long AmountYen { get; set; }
}

public enum InvestmentInstrument
{
    CommonShares,
    PreferredShares,
    ConvertibleBonds,
    StockAcquisitionRights,
}

public enum InvestmentStage
{
    Seed,
    Early,
    Expansion,
    Later,
}

/// <summary>Money the fund put into an investee: the first round or a follow-on.</summary>
public class FundInvestmentRound : IFundCorrectable
{
    public int Id { get; set; }

    public int InvestmentId { get; set; }

    public DateOnly MadeOn { get; set; }

    public InvestmentInstrument Instrument { get; set; }

    public InvestmentStage Stage { get; set; }

    public long AmountYen { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Set on a reversing entry: the record it cancels (same date, amounts negated), never edited in place.</summary>
    public int? ReversesId { get; set; }

    /// <summary>Why the reversed record was a mistake; set on the reversing entry.</summary>
    public string? CorrectionReason { get; set; }
}

/// <summary>What the fund's holding in an investee is worth at a quarter end.</summary>
public class FundValuation : IFundCorrectable
{
    public int Id { get; set; }

    public int InvestmentId { get; set; }

    public DateOnly AsOf { get; set; }

    public long ValueYen { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Set on a reversing entry: the record it cancels (same date, amounts negated), never edited in place.</summary>
    public int? ReversesId { get; set; }

    /// <summary>Why the reversed record was a mistake; set on the reversing entry.</summary>
    public string? CorrectionReason { get; set; }
}

/// <summary>A recovery (回収): part or all of the holding sold, at its cost, for its proceeds.</summary>
public class FundExit : IFundCorrectable
{
    public int Id { get; set; }

    public int InvestmentId { get; set; }

    public DateOnly ExitedOn { get; set; }

    public long CostYen { get; set; }

    public long ProceedsYen { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Set on a reversing entry: the record it cancels (same date, amounts negated), never edited in place.</summary>
    public int? ReversesId { get; set; }

    /// <summary>Why the reversed record was a mistake; set on the reversing entry.</summary>
    public string? CorrectionReason { get; set; }
}

/// <summary>One entry of the management-support log (経営支援).</summary>
public class FundSupportEntry
{
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }

    public int InvestmentId { get; set; }

    public DateOnly On { get; set; }

    public required string NoteJa { get; set; }

    public bool IsSynthetic { get; set; }
}
