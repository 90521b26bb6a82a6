using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Web.Areas.Admin.Models;

public sealed record ScreeningListItem(
    int Id,
    string NameJa,
    string CorporateNumber,
    string PrefectureJa,
    string PrefectureEn,
    ScreeningStatus Status,
    DateTime RegisteredAtUtc,
    bool IsSynthetic);

public sealed record ScreeningListViewModel(
    ScreeningStatus Status,
    IReadOnlyDictionary<ScreeningStatus, int> Counts,
    IReadOnlyList<ScreeningListItem> Items,
    int Page,
    int PageCount)
{
    public string Href(int page) =>
        $"/admin/enterprises?status={ScreeningText.Code(Status)}" + (page > 1 ? $"&page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "");
}

public sealed record RepresentativeItem(string Email, string DisplayName, bool EmailConfirmed);

public sealed record ScreeningDetailsViewModel(
    int Id,
    string CorporateNumber,
    string NameJa,
    string? NameKana,
    string PrefectureJa,
    string PrefectureEn,
    string? Address,
    string JsicMajorGroup,
    long CapitalYen,
    int Employees,
    bool IsSme,
    string? Capabilities,
    string? Certifications,
    string? PrText,
    ScreeningStatus Status,
    string? ScreeningNote,
    DateTime? ScreenedAtUtc,
    DateTime RegisteredAtUtc,
    bool IsSynthetic,
    Guid Version,
    IReadOnlyList<RepresentativeItem> Users)
{
    /// <summary>The reason typed into the reject or suspend form, kept when it is refused.</summary>
    public string? Reason { get; init; }
}

/// <summary>Japanese and English labels of the screening status, and its query-string code.</summary>
public static class ScreeningText
{
    public static string Japanese(ScreeningStatus status) => status switch
    {
        ScreeningStatus.Pending => "審査待ち",
        ScreeningStatus.Approved => "承認済み",
        ScreeningStatus.Rejected => "却下",
        ScreeningStatus.Suspended => "利用停止中",
        _ => status.ToString(),
    };

    public static string English(ScreeningStatus status) => status switch
    {
        ScreeningStatus.Pending => "Pending review",
        ScreeningStatus.Approved => "Approved",
        ScreeningStatus.Rejected => "Rejected",
        ScreeningStatus.Suspended => "Suspended",
        _ => status.ToString(),
    };

    public static string Code(ScreeningStatus status) => status.ToString().ToLowerInvariant();

    public static ScreeningStatus? Parse(string? code) =>
        Enum.GetValues<ScreeningStatus>().Cast<ScreeningStatus?>().FirstOrDefault(s => Code(s!.Value) == code?.Trim().ToLowerInvariant());
}
