using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Web.Areas.Admin.Models;

/// <summary>An enterprise of the screening list (its name is Japanese content).</summary>
public sealed record ScreeningListItem(
    int Id,
    string NameJa,
    string CorporateNumber,
    LocalizedText Prefecture,
    ScreeningStatus Status,
    DateTime RegisteredAtUtc,
    bool IsSynthetic);

public sealed record ScreeningListViewModel(
    ScreeningStatus Status,
    IReadOnlyDictionary<ScreeningStatus, int> Counts,
    IReadOnlyList<ScreeningListItem> Items,
    int Page,
    int PageCount);

public sealed record RepresentativeItem(string Email, string DisplayName, bool EmailConfirmed);

/// <summary>An enterprise under screening: what the company wrote is Japanese content, shown as written.</summary>
public sealed record ScreeningDetailsViewModel(
    int Id,
    string CorporateNumber,
    string NameJa,
    string? NameKana,
    LocalizedText Prefecture,
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
