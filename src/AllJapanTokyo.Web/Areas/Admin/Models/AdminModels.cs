namespace AllJapanTokyo.Web.Areas.Admin.Models;

/// <summary>How many rows a table holds, real and synthetic apart (synthetic is null where a table has none).</summary>
public sealed record DataCount(string LabelJa, string LabelEn, int Real, int? Synthetic);

public sealed record UserItem(
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? PrefectureJa,
    string? PrefectureEn,
    string? OrganizationJa,
    string? EnterpriseJa,
    bool EmailConfirmed,
    bool LockedOut,
    DateTime CreatedAtUtc);

public sealed record AdminOverviewViewModel(
    IReadOnlyList<DataCount> Counts,
    IReadOnlyList<UserItem> Users,
    int UserTotal,
    int Page,
    int PageCount)
{
    public static string PageHref(int page) => page <= 1 ? "/admin" : $"/admin?page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
