using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// The URL and CSV codes ("goods", "tendering") and the Japanese and English words for the tender enums, in one place.
/// The codes are what search links and exports carry; the words are what people read.
/// </summary>
public static class ProcurementText
{
    public static IReadOnlyList<TenderCategory> Categories { get; } = Enum.GetValues<TenderCategory>();

    /// <summary>The statuses a public reader can search for: every one but Draft, which is never public.</summary>
    public static IReadOnlyList<TenderStatus> PublicStatuses { get; } = Enum.GetValues<TenderStatus>().Where(s => s != TenderStatus.Draft).ToList();

    public static string Code(this TenderCategory category) => category.ToString().ToLowerInvariant();

    public static string Code(this TenderStatus status) => status.ToString().ToLowerInvariant();

    public static TenderCategory? ParseCategory(string code) =>
        Enum.GetValues<TenderCategory>().Cast<TenderCategory?>().FirstOrDefault(c => c!.Value.Code() == code);

    public static TenderStatus? ParsePublicStatus(string code) =>
        PublicStatuses.Cast<TenderStatus?>().FirstOrDefault(s => s!.Value.Code() == code);

    public static string Japanese(this TenderCategory category) => category switch
    {
        TenderCategory.Goods => "物品",
        TenderCategory.Services => "役務",
        TenderCategory.Works => "工事",
        _ => category.ToString(),
    };

    public static string English(this TenderCategory category) => category switch
    {
        TenderCategory.Goods => "Goods",
        TenderCategory.Services => "Services",
        TenderCategory.Works => "Works",
        _ => category.ToString(),
    };

    public static string Japanese(this ProcurementMethod method) => method switch
    {
        ProcurementMethod.Open => "一般競争入札",
        ProcurementMethod.Selective => "指名競争入札",
        ProcurementMethod.Limited => "随意契約（見積合せ）",
        ProcurementMethod.Direct => "特命随意契約",
        _ => method.ToString(),
    };

    public static string English(this ProcurementMethod method) => method switch
    {
        ProcurementMethod.Open => "Open tender",
        ProcurementMethod.Selective => "Selective tender",
        ProcurementMethod.Limited => "Limited (competing quotations)",
        ProcurementMethod.Direct => "Direct award",
        _ => method.ToString(),
    };

    public static string Japanese(this TenderStatus status) => status switch
    {
        TenderStatus.Draft => "下書き（非公開）",
        TenderStatus.Published => "公告中（入札受付前）",
        TenderStatus.Tendering => "入札受付中",
        TenderStatus.Evaluation => "開札・審査中",
        TenderStatus.Awarded => "落札者決定",
        TenderStatus.Complete => "契約完了",
        TenderStatus.Cancelled => "中止",
        TenderStatus.Unsuccessful => "不調・不落",
        _ => status.ToString(),
    };

    public static string English(this TenderStatus status) => status switch
    {
        TenderStatus.Draft => "Draft (not public)",
        TenderStatus.Published => "Published (bids not yet open)",
        TenderStatus.Tendering => "Open for bids",
        TenderStatus.Evaluation => "Under evaluation",
        TenderStatus.Awarded => "Awarded",
        TenderStatus.Complete => "Complete",
        TenderStatus.Cancelled => "Cancelled",
        TenderStatus.Unsuccessful => "Unsuccessful",
        _ => status.ToString(),
    };

    public static string Japanese(this ScreeningStatus status) => status switch
    {
        ScreeningStatus.Pending => "審査中",
        ScreeningStatus.Approved => "承認済み",
        ScreeningStatus.Rejected => "不承認",
        ScreeningStatus.Suspended => "利用停止中",
        _ => status.ToString(),
    };

    public static string English(this ScreeningStatus status) => status switch
    {
        ScreeningStatus.Pending => "Under screening",
        ScreeningStatus.Approved => "Approved",
        ScreeningStatus.Rejected => "Rejected",
        ScreeningStatus.Suspended => "Suspended",
        _ => status.ToString(),
    };

    public static string Text(this TenderCategory category) => Display.Pick(category.Japanese(), category.English());

    public static string Text(this ProcurementMethod method) => Display.Pick(method.Japanese(), method.English());

    public static string Text(this TenderStatus status) => Display.Pick(status.Japanese(), status.English());

    public static string Text(this ScreeningStatus status) => Display.Pick(status.Japanese(), status.English());
}
