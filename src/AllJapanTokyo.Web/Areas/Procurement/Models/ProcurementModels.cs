using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

/// <summary>A published figure of initiative 1-1 (registered enterprises, e-bidding organisations, coordinators).</summary>
public sealed record ProgrammeFigure(
    int FiscalYear,
    LocalizedText Label,
    decimal Value,
    ValueQualifier Qualifier,
    LocalizedText Unit,
    string? NoteJa);

/// <summary>A buyer named in the programme's report; its name is written in Japanese, with the English where the data has it.</summary>
public sealed record BuyerItem(int Id, string NameJa, string? NameEn, bool UsesEBidding);

/// <summary>One row of a tender list: only the columns the list shows, the status as of now.</summary>
public sealed record TenderListItem(
    int Id,
    string Reference,
    string Title,
    string BuyerNameJa,
    string? BuyerNameEn,
    TenderCategory Category,
    string DeliveryPrefectureCode,
    DateTime TenderEndUtc,
    long? BudgetYen,
    TenderStatus Status,
    bool IsSynthetic,
    bool Nationwide = true,
    string? EligiblePrefectureCodes = null);

/// <summary>Whether the signed-in company may take part in a listed tender, and if not, why.</summary>
public enum Participation
{
    MayBid,

    /// <summary>The secretariat has not approved the company (or suspended it).</summary>
    NotApproved,

    /// <summary>The tender is limited to prefectures the company is not in.</summary>
    NotEligible,

    /// <summary>The tender no longer takes bids.</summary>
    Closed,
}

/// <summary>The signed-in company reading the search: its prefecture and whether it may bid (<see cref="Domain.Enterprises.Enterprise.MayBid"/>).</summary>
public sealed record TenderViewer(int EnterpriseId, string PrefectureCode, bool Approved)
{
    /// <summary>The company's standing for a listed tender, by the domain's rules.</summary>
    public Participation For(TenderListItem tender)
    {
        ArgumentNullException.ThrowIfNull(tender);
        if (tender.Status is not (TenderStatus.Published or TenderStatus.Tendering))
        {
            return Participation.Closed;
        }

        if (!Approved)
        {
            return Participation.NotApproved;
        }

        return Tender.IsEligible(tender.Nationwide, tender.EligiblePrefectureCodes, PrefectureCode) ? Participation.MayBid : Participation.NotEligible;
    }
}

/// <summary>The pages of a list in the area, linked by route: each page's link is <see cref="Action"/> of <see cref="Controller"/> with its query values.</summary>
public sealed record Pager(int Page, int PageCount, string Controller, string Action, Func<int, IDictionary<string, string>> RouteValues)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The page numbers to link: the first, the last, and two either side of the current one.</summary>
    public IReadOnlyList<int> Numbers =>
        Enumerable.Range(1, PageCount).Where(n => n == 1 || n == PageCount || Math.Abs(n - Page) <= 2).ToList();
}

public sealed record TenderSearchResult(
    TenderFilter Filter,
    IReadOnlyList<FilterProblem> Problems,
    IReadOnlyList<TenderListItem> Items,
    int Total,
    int PageCount)
{
    public int FirstNumber => Total == 0 ? 0 : ((Filter.Page - 1) * TenderFilter.PageSize) + 1;

    public int LastNumber => Math.Min(Filter.Page * TenderFilter.PageSize, Total);

    public Pager Pager => new(Filter.Page, PageCount, "Tenders", "Index", page => Filter.RouteValues(page));
}

public sealed record ProcurementIndexViewModel(
    LocalizedText InitiativeTitle,
    IReadOnlyList<ProgrammeFigure> Figures,
    IReadOnlyList<BuyerItem> Buyers,
    PrefectureNames Prefectures,
    TenderSearchResult Search)
{
    /// <summary>The signed-in company, whose standing each row shows; null for everyone else (the page may then be cached).</summary>
    public TenderViewer? Viewer { get; init; }
}

/// <summary>A tender as its page shows it, with the status as of now.</summary>
public sealed record TenderDetailsViewModel(
    int Id,
    string Reference,
    string Title,
    string Description,
    string BuyerNameJa,
    string? BuyerNameEn,
    TenderCategory Category,
    ProcurementMethod Method,
    TenderStatus Status,
    DateTime? PublishedAtUtc,
    DateTime EnquiryEndUtc,
    DateTime TenderStartUtc,
    DateTime TenderEndUtc,
    long? BudgetYen,
    LocalizedText DeliveryPrefecture,
    bool Nationwide,
    string? ContactJa,
    bool IsSynthetic);

/// <summary>A buyer's own tenders, with the prefectures' names their delivery places are shown by.</summary>
public sealed record BuyerTendersViewModel(
    int OrganizationId,
    string NameJa,
    string? NameEn,
    bool IsSynthetic,
    IReadOnlyList<TenderListItem> Tenders,
    int Total,
    Pager Pager,
    PrefectureNames Prefectures);

public sealed record EnterpriseSummary(
    string NameJa,
    string CorporateNumber,
    LocalizedText Prefecture,
    ScreeningStatus ScreeningStatus,
    bool IsSynthetic);

/// <summary>「マイページ」 of the procurement area: a buyer's tenders, or an enterprise's company, bids and joint-bid notices.</summary>
public sealed record MyProcurementViewModel(
    BuyerTendersViewModel? Buyer,
    EnterpriseSummary? Enterprise,
    bool IsBuyerStaff,
    bool IsEnterpriseUser,
    IReadOnlyList<FilterProblem> Problems)
{
    public IReadOnlyList<StatusCount> StatusCounts { get; init; } = [];

    public TenderStatus? StatusFilter { get; init; }

    public IReadOnlyList<EnterpriseBidItem> Bids { get; init; } = [];

    public IReadOnlyList<EnterpriseInterestItem> Interests { get; init; } = [];

    public IReadOnlyList<WatchedTenderItem> Watched { get; init; } = [];

    /// <summary>For a buyer: the questions waiting for an answer, per tender that has some.</summary>
    public IReadOnlyDictionary<int, int> Unanswered { get; init; } = new Dictionary<int, int>();
}
