using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Funds.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Funds;

/// <summary>The use cases of the Funds area: measure 2-6, the SME Collaboration Promotion Fund and its investees.</summary>
public sealed class FundsService(AppDbContext db)
{
    public const string InitiativeCode = "2-6";

    public const string InvesteeIndicator = "investee_companies";

    /// <summary>The fund, its investees grouped by prefecture (most investees first, then in the report's order) and the latest figure.</summary>
    public async Task<FundsIndexViewModel?> GetIndexAsync(CancellationToken cancellationToken)
    {
        var fund = await GetFundAsync(null, cancellationToken);
        if (fund is null)
        {
            return null;
        }

        var title = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => i.Title)
            .SingleAsync(cancellationToken);
        var investees = await InvesteesAsync(fund.Id, prefectureCode: null, cancellationToken);
        var groups = investees
            .GroupBy(i => i.Prefecture)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(i => i.Id))
            .Select(g => new InvesteeGroup(g.Key, g.ToList()))
            .ToList();

        var figure = await (
                from v in db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished)
                join d in db.IndicatorDefinitions.AsNoTracking() on v.IndicatorCode equals d.Code
                where v.InitiativeCode == InitiativeCode && v.IndicatorCode == InvesteeIndicator && v.PrefectureCode == null
                orderby v.FiscalYear descending
                select new FundFigure(v.FiscalYear, v.Value, v.Qualifier, v.ActivityStatus, d.Label, d.Unit, v.NoteJa))
            .FirstOrDefaultAsync(cancellationToken);

        return new FundsIndexViewModel(InitiativeCode, title, fund, groups, figure);
    }

    /// <summary>One investee with the others of its prefecture; null for an unknown (or synthetic) one.</summary>
    public async Task<InvestmentViewModel?> GetInvestmentAsync(int id, CancellationToken cancellationToken)
    {
        var fundId = await db.FundInvestments.AsNoTracking()
            .Where(i => i.Id == id && !i.IsSynthetic)
            .Select(i => (int?)i.FundId)
            .SingleOrDefaultAsync(cancellationToken);
        if (fundId is null || await GetFundAsync(fundId, cancellationToken) is not { } fund)
        {
            return null;
        }

        var all = await InvesteesAsync(fund.Id, prefectureCode: null, cancellationToken);
        var investee = all.Single(i => i.Id == id);
        var samePrefecture = all.Where(i => i.Prefecture.Code == investee.Prefecture.Code && i.Id != id).ToList();
        return new InvestmentViewModel(fund, investee, samePrefecture);
    }

    /// <summary>The investees of one prefecture (possibly none); null when the code is not a prefecture.</summary>
    public async Task<FundPrefectureViewModel?> GetPrefectureAsync(string code, CancellationToken cancellationToken)
    {
        if (!Prefecture.IsValidCode(code))
        {
            return null;
        }

        var prefecture = await db.Prefectures.AsNoTracking()
            .Where(p => p.Code == code)
            .Select(p => new PrefectureRef(p.Code, p.Name))
            .SingleOrDefaultAsync(cancellationToken);
        var fund = await GetFundAsync(null, cancellationToken);
        if (prefecture is null || fund is null)
        {
            return null;
        }

        var investees = await InvesteesAsync(fund.Id, code, cancellationToken);
        return new FundPrefectureViewModel(fund, prefecture, investees);
    }

    private Task<FundSummary?> GetFundAsync(int? id, CancellationToken cancellationToken) =>
        db.Funds.AsNoTracking()
            .Where(f => id == null || f.Id == id)
            .OrderBy(f => f.Id)
            .Select(f => new FundSummary(f.Id, f.NameJa, f.OperatorSelected, f.Established, f.InvestorsJa, f.FlowsJa, f.NoteJa))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Real investees only: synthetic rows are never shown as programme facts. In the report's order.</summary>
    private Task<List<InvesteeItem>> InvesteesAsync(int fundId, string? prefectureCode, CancellationToken cancellationToken) =>
        (from i in db.FundInvestments.AsNoTracking()
         join p in db.Prefectures.AsNoTracking() on i.PrefectureCode equals p.Code
         where i.FundId == fundId && !i.IsSynthetic && (prefectureCode == null || i.PrefectureCode == prefectureCode)
         orderby i.Id
         select new InvesteeItem(i.Id, i.CompanyNameJa, i.NoteJa, new PrefectureRef(p.Code, p.Name)))
        .ToListAsync(cancellationToken);
}
