using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Reporting;

/// <summary>Who acts: prefecture staff (their prefecture from the sign-in claim), a Tokyo official, an administrator.</summary>
public sealed record ReportingActor(string UserName, string? PrefectureCode, bool IsOfficial, bool IsAdministrator)
{
    /// <summary>Tokyo officials and administrators read every prefecture's reports.</summary>
    public bool ReadsAll => IsOfficial || IsAdministrator;

    public bool MayRead(string prefectureCode) => ReadsAll || PrefectureCode == prefectureCode;

    /// <summary>Only the prefecture's own staff enter its values, by the form or by import.</summary>
    public bool MayWrite(string prefectureCode) => IsPrefectureStaff && PrefectureCode == prefectureCode;

    /// <summary>Staff of a prefecture, who write that prefecture's values (and no one else does).</summary>
    public bool IsPrefectureStaff => !ReadsAll && PrefectureCode is not null;

    public static ReportingActor From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.IsInRole(Roles.PrefectureStaff) ? user.PrefectureCode() : null,
        user.IsInRole(Roles.TokyoOfficial),
        user.IsInRole(Roles.Administrator));
}
