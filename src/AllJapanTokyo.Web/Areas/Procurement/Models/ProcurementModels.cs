using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

/// <summary>A published figure of initiative 1-1 (registered enterprises, e-bidding organisations, coordinators).</summary>
public sealed record ProgrammeFigure(
    int FiscalYear,
    string LabelJa,
    string LabelEn,
    decimal Value,
    ValueQualifier Qualifier,
    string UnitJa,
    string UnitEn,
    string? NoteJa);

public sealed record BuyerItem(int Id, string NameJa, string? NameEn, OrganizationKind Kind, bool UsesEBidding);

public sealed record PrefectureOption(string Code, string NameJa, string NameEn);

/// <summary>One row of the tender list: only the columns the list shows.</summary>
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
    bool IsSynthetic);

public sealed record Pager(int Page, int PageCount, Func<int, string> Href)
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

    public Pager Pager => new(Filter.Page, PageCount, page => "/procurement" + Filter.QueryFor(page));
}

public sealed record ProcurementIndexViewModel(
    string InitiativeTitleJa,
    string InitiativeTitleEn,
    string ProgrammeJa,
    IReadOnlyList<ProgrammeFigure> Figures,
    IReadOnlyList<BuyerItem> Buyers,
    IReadOnlyList<PrefectureOption> Prefectures,
    TenderSearchResult Search)
{
    public string PrefectureName(string code) =>
        Prefectures.FirstOrDefault(p => p.Code == code) is { } p ? Infrastructure.Display.Pick(p.NameJa, p.NameEn) : code;
}

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
    string DeliveryPrefectureCode,
    string DeliveryPrefectureJa,
    string DeliveryPrefectureEn,
    bool Nationwide,
    string? ContactJa,
    bool IsSynthetic);

public sealed record BuyerTendersViewModel(
    int OrganizationId,
    string NameJa,
    string? NameEn,
    bool IsSynthetic,
    IReadOnlyList<TenderListItem> Tenders,
    int Total,
    Pager Pager);

public sealed record EnterpriseSummary(
    string NameJa,
    string CorporateNumber,
    string PrefectureJa,
    string PrefectureEn,
    ScreeningStatus ScreeningStatus,
    bool IsSynthetic);

/// <summary>「マイページ」 of the procurement area: a buyer's tenders, or an enterprise's company (and later its bids).</summary>
public sealed record MyProcurementViewModel(
    BuyerTendersViewModel? Buyer,
    EnterpriseSummary? Enterprise,
    bool IsBuyerStaff,
    bool IsEnterpriseUser,
    IReadOnlyList<PrefectureOption> Prefectures,
    IReadOnlyList<FilterProblem> Problems)
{
    public string PrefectureName(string code) =>
        Prefectures.FirstOrDefault(p => p.Code == code) is { } p ? Infrastructure.Display.Pick(p.NameJa, p.NameEn) : code;

    public IReadOnlyList<StatusCount> StatusCounts { get; init; } = [];

    public TenderStatus? StatusFilter { get; init; }

    public IReadOnlyList<EnterpriseBidItem> Bids { get; init; } = [];

    public IReadOnlyList<EnterpriseInterestItem> Interests { get; init; } = [];
}
