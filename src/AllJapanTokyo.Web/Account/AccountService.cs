using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Account;

/// <summary>The signed-in person's account page: who they are, their roles and what they act for.</summary>
public sealed class AccountService(AppDbContext db, UserManager<AppUser> users)
{
    /// <summary>The account of <paramref name="principal"/>, or null when the user no longer exists.</summary>
    public async Task<AccountViewModel?> OverviewAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        var prefecture = user.PrefectureCode is null
            ? null
            : await db.Prefectures.AsNoTracking().Where(p => p.Code == user.PrefectureCode).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        var organization = user.OrganizationId is null
            ? null
            : await db.Organizations.AsNoTracking().Where(o => o.Id == user.OrganizationId).Select(o => new { o.NameJa, o.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var enterprise = user.EnterpriseId is null
            ? null
            : await db.Enterprises.AsNoTracking().Where(e => e.Id == user.EnterpriseId).Select(e => e.NameJa).FirstOrDefaultAsync(cancellationToken);
        return new AccountViewModel(
            user.Email ?? "", user.DisplayName, roles.Order(StringComparer.Ordinal).ToList(), prefecture, organization?.NameJa, organization?.NameEn, enterprise,
            user.TwoFactorEnabled, user.PreferredLanguage);
    }
}
