using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Funds.Books;

/// <summary>
/// Who may see and keep a fund's books: Tokyo officials and administrators read every fund and decide on its reports; a
/// FundOperator account keeps only the fund it is bound to (<see cref="Domain.Funds.FundOperatorAssignment"/>). Any other
/// fund does not exist for it (404).
/// </summary>
public sealed class FundAccess(AppDbContext db)
{
    public static bool ReadsAll(ClaimsPrincipal user) => user.IsInRole(Roles.TokyoOfficial) || user.IsInRole(Roles.Administrator);

    public static bool Decides(ClaimsPrincipal user) => user.IsInRole(Roles.TokyoOfficial);

    /// <summary>The funds this account may see: every fund for Tokyo, the bound ones for an operator, none for anyone else.</summary>
    public async Task<List<int>> FundsOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ReadsAll(user))
        {
            return await db.Funds.AsNoTracking().OrderBy(f => f.Id).Select(f => f.Id).ToListAsync(cancellationToken);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return user.IsInRole(Roles.FundOperator) && userId is not null
            ? await db.FundOperatorAssignments.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.FundId).Select(a => a.FundId).ToListAsync(cancellationToken)
            : [];
    }

    public async Task<bool> MayReadAsync(ClaimsPrincipal user, int fundId, CancellationToken cancellationToken) =>
        ReadsAll(user) || await KeepsAsync(user, fundId, cancellationToken);

    /// <summary>Only the fund's own operator records calls, distributions, investments and reports.</summary>
    public async Task<bool> KeepsAsync(ClaimsPrincipal user, int fundId, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return user.IsInRole(Roles.FundOperator) && userId is not null
            && await db.FundOperatorAssignments.AnyAsync(a => a.FundId == fundId && a.UserId == userId, cancellationToken);
    }

    public Task<List<string>> OperatorsOfAsync(int fundId, CancellationToken cancellationToken) =>
        db.FundOperatorAssignments.AsNoTracking().Where(a => a.FundId == fundId).Select(a => a.UserId).ToListAsync(cancellationToken);

    public Task<List<string>> OfficialsAsync(CancellationToken cancellationToken) => ComputedFigureProposals.TokyoOfficialsAsync(db, cancellationToken);
}
