using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Funds.Models;

/// <summary>A prefecture as the fund pages name and link it.</summary>
public sealed record PrefectureRef(string Code, LocalizedText Name);

/// <summary>The fund itself: when it was set up, who put in the money, how the money flows (its texts in Japanese only).</summary>
public sealed record FundSummary(
    int Id,
    string NameJa,
    PartialDate? OperatorSelected,
    PartialDate? Established,
    string? InvestorsJa,
    string? FlowsJa,
    string? NoteJa,
    string? OperatorNameJa = null,
    DateOnly? TermEndsOn = null,
    bool IsSynthetic = false)
{
    /// <summary>「出資→投資・経営支援→回収→分配」 as its steps, in order.</summary>
    public IReadOnlyList<string> FlowSteps => string.IsNullOrWhiteSpace(FlowsJa)
        ? []
        : FlowsJa.Split('→', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A company the fund has invested in, as the report names it (in Japanese), with its partners around Japan.</summary>
public sealed record InvesteeItem(int Id, string CompanyNameJa, string? NoteJa, PrefectureRef Prefecture)
{
    public IReadOnlyList<PartnerItem> Partners { get; init; } = [];

    /// <summary>The investee's public entry in the enterprise registry, when the operator linked one.</summary>
    public EnterpriseLink? Enterprise { get; init; }
}

/// <summary>A published investee with the fund that invested in it.</summary>
public sealed record PublishedInvestee(int FundId, string FundNameJa, InvesteeItem Investee);

/// <summary>An investee's entry in the enterprise registry (its public profile).</summary>
public sealed record EnterpriseLink(int Id, string NameJa, bool IsSynthetic);

/// <summary>A partner company of an investee and its prefecture; synthetic in the demo data (架空).</summary>
public sealed record PartnerItem(string NameJa, PrefectureRef Prefecture, bool IsSynthetic);

/// <summary>
/// The cumulative figures of the latest quarterly report Tokyo approved and published: the only amounts the public
/// pages show. <paramref name="IsSynthetic"/>: computed from fictitious demo records (shown with 架空).
/// </summary>
public sealed record PublishedFundFigures(
    DateOnly QuarterEnd,
    long CommitmentsYen,
    long PaidInYen,
    long InvestedYen,
    int SupportEntryCount,
    long ProceedsYen,
    long DistributedYen,
    long NavYen,
    int InvesteeCount,
    decimal? Tvpi,
    bool IsSynthetic);

/// <summary>The investees of one prefecture.</summary>
public sealed record InvesteeGroup(PrefectureRef Prefecture, IReadOnlyList<InvesteeItem> Investees);

/// <summary>A published figure of the measure (e.g. 投資先企業数 6社以上 in FY2020).</summary>
public sealed record FundFigure(
    int FiscalYear,
    decimal Value,
    ValueQualifier Qualifier,
    ActivityStatus? Status,
    LocalizedText Label,
    LocalizedText Unit,
    string? NoteJa);

/// <summary>/funds: the fund, its investees by prefecture, and the reported figure.</summary>
public sealed record FundsIndexViewModel(
    string InitiativeCode,
    LocalizedText InitiativeTitle,
    FundSummary Fund,
    IReadOnlyList<InvesteeGroup> Groups,
    FundFigure? InvesteeFigure,
    PublishedFundFigures? Published = null,
    Dashboard.Models.TileMap? Map = null)
{
    public int InvesteeCount => Groups.Sum(g => g.Investees.Count);
}

/// <summary>/funds/investments/{id}.</summary>
public sealed record InvestmentViewModel(FundSummary Fund, InvesteeItem Investee, IReadOnlyList<InvesteeItem> SamePrefecture);

/// <summary>/funds/prefectures/{code}: may hold no investee at all.</summary>
public sealed record FundPrefectureViewModel(FundSummary Fund, PrefectureRef Prefecture, IReadOnlyList<InvesteeItem> Investees);
