using System.Linq.Expressions;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Admin.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Admin;

/// <summary>The use cases of the Admin area: for now, an overview of the users and of what the database holds.</summary>
public sealed class AdminService(AppDbContext db, TimeProvider clock)
{
    public const int UsersPerPage = 50;

    public async Task<AdminOverviewViewModel> OverviewAsync(int page, CancellationToken cancellationToken)
    {
        var counts = new List<DataCount>
        {
            new(CountedData.Prefectures, await db.Prefectures.CountAsync(cancellationToken), null),
            new(CountedData.Initiatives, await db.Initiatives.CountAsync(cancellationToken), null),
            await SplitAsync(CountedData.IndicatorValues, db.IndicatorValues, v => v.IsSynthetic, cancellationToken),
            await SplitAsync(CountedData.Events, db.Events, e => e.IsSynthetic, cancellationToken),
            await SplitAsync(CountedData.Participations, db.Participations, p => p.IsSynthetic, cancellationToken),
            await SplitAsync(CountedData.Enterprises, db.Enterprises, e => e.IsSynthetic, cancellationToken),
            await SplitAsync(CountedData.Organizations, db.Organizations, o => o.IsSynthetic, cancellationToken),
            await SplitAsync(CountedData.Tenders, db.Tenders, t => t.IsSynthetic, cancellationToken),
        };

        var total = await db.Users.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + UsersPerPage - 1) / UsersPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .ThenBy(u => u.Id)
            .Skip((page - 1) * UsersPerPage)
            .Take(UsersPerPage)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.EmailConfirmed,
                u.LockoutEnd,
                u.CreatedAtUtc,
                u.PrefectureCode,
                u.OrganizationId,
                u.EnterpriseId,
            })
            .ToListAsync(cancellationToken);

        var userIds = users.Select(u => u.Id).ToList();
        var roles = await (
                from ur in db.UserRoles
                where userIds.Contains(ur.UserId)
                join r in db.Roles on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var organizationIds = users.Where(u => u.OrganizationId != null).Select(u => u.OrganizationId!.Value).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameJa, o.NameEn })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var enterpriseIds = users.Where(u => u.EnterpriseId != null).Select(u => u.EnterpriseId!.Value).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => enterpriseIds.Contains(e.Id))
            .Select(e => new { e.Id, e.NameJa })
            .ToDictionaryAsync(e => e.Id, e => e.NameJa, cancellationToken);

        var now = clock.GetUtcNow();
        var items = users.Select(u =>
            {
                var organization = u.OrganizationId is { } organizationId ? organizations.GetValueOrDefault(organizationId) : null;
                return new UserItem(
                    u.Email ?? "",
                    u.DisplayName,
                    roles.Where(r => r.UserId == u.Id && r.Name != null).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
                    u.PrefectureCode is { } code ? prefectures[code] : null,
                    organization?.NameJa,
                    organization?.NameEn,
                    u.EnterpriseId is { } enterpriseId ? enterprises.GetValueOrDefault(enterpriseId) : null,
                    u.EmailConfirmed,
                    u.LockoutEnd is { } lockoutEnd && lockoutEnd > now,
                    u.CreatedAtUtc);
            })
            .ToList();
        return new AdminOverviewViewModel(counts, items, total, page, pageCount);
    }

    private static async Task<DataCount> SplitAsync<T>(CountedData data, IQueryable<T> table, Expression<Func<T, bool>> isSynthetic, CancellationToken cancellationToken)
    {
        var bySynthetic = await table
            .GroupBy(isSynthetic)
            .Select(g => new { Synthetic = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new DataCount(
            data,
            bySynthetic.Where(g => !g.Synthetic).Sum(g => g.Count),
            bySynthetic.Where(g => g.Synthetic).Sum(g => g.Count));
    }
}
