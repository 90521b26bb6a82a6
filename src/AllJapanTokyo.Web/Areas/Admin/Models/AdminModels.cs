using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Admin.Models;

/// <summary>The tables the overview counts.</summary>
public enum CountedData
{
    Prefectures,
    Initiatives,
    IndicatorValues,
    Events,
    Participations,
    Enterprises,
    Organizations,
    Tenders,
}

/// <summary>How many rows a table holds, real and synthetic apart (synthetic is null where a table has none).</summary>
public sealed record DataCount(CountedData Data, int Real, int? Synthetic);

/// <summary>A user with the codes of their roles and what they act for (organisation and company names are content).</summary>
public sealed record UserItem(
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    LocalizedText? Prefecture,
    string? OrganizationJa,
    string? OrganizationEn,
    string? EnterpriseJa,
    bool EmailConfirmed,
    bool LockedOut,
    DateTime CreatedAtUtc);

public sealed record AdminOverviewViewModel(
    IReadOnlyList<DataCount> Counts,
    IReadOnlyList<UserItem> Users,
    int UserTotal,
    int Page,
    int PageCount);

/// <summary>The pages of an administration list: where the reader is, and the address of another page of the same list.</summary>
public sealed record AdminPager(int Page, int PageCount, Func<int, string?> Link);
