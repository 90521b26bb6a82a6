using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Funds.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrefectureRef = AllJapanTokyo.Web.Areas.Funds.Models.PrefectureRef;

namespace AllJapanTokyo.Web.Areas.Funds;

/// <summary>The use cases of the Funds area: measure 2-6, the SME Collaboration Promotion Fund and its investees.</summary>
public sealed class FundsService(AppDbContext db, IStringLocalizer L)
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

        var published = await PublishedAsync(fund.Id, cancellationToken);
        return new FundsIndexViewModel(InitiativeCode, title, fund, groups, figure, published, await MapAsync(investees, cancellationToken));
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

    /// <summary>
    /// The fund card as the public sees it: the operator, establishment and term as the latest published quarterly report
    /// kept them (an edit in the books reaches the public only when Tokyo approves and publishes the next report); while
    /// none is published, the establishment the progress report states and no operator or term.
    /// </summary>
    /// <summary>
    /// The published investees of every fund (as /funds lists them), or those whose own or partner prefecture is
    /// <paramref name="prefectureCode"/>: the one public query for "published investees", used by the fund pages, the
    /// prefecture profiles and the open-data API.
    /// </summary>
    public async Task<List<PublishedInvestee>> PublishedInvesteesAsync(string? prefectureCode, CancellationToken cancellationToken)
    {
        var funds = await db.Funds.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.NameJa }).ToListAsync(cancellationToken);
        var investees = new List<PublishedInvestee>();
        foreach (var fund in funds)
        {
            investees.AddRange((await InvesteesAsync(fund.Id, prefectureCode, cancellationToken)).Select(i => new PublishedInvestee(fund.Id, fund.NameJa, i)));
        }

        return investees;
    }

    /// <summary>The figures of the fund's latest published quarterly report (the fund /funds shows); null while none is published.</summary>
    public async Task<PublishedFundFigures?> LatestPublishedFiguresAsync(CancellationToken cancellationToken) =>
        await GetFundAsync(null, cancellationToken) is { } fund ? await PublishedAsync(fund.Id, cancellationToken) : null;

    private async Task<FundSummary?> GetFundAsync(int? id, CancellationToken cancellationToken)
    {
        var fund = await db.Funds.AsNoTracking()
            .Where(f => id == null || f.Id == id)
            .OrderBy(f => f.Id)
            .Select(f => new FundSummary(f.Id, f.NameJa, f.OperatorSelected, f.Established, f.InvestorsJa, f.FlowsJa, f.NoteJa, null, null, f.IsSynthetic))
            .FirstOrDefaultAsync(cancellationToken);
        if (fund is null)
        {
            return null;
        }

        var card = await db.FundQuarterlyReports.AsNoTracking()
            .Where(r => r.FundId == fund.Id && r.State == FundReportState.Published)
            .OrderByDescending(r => r.QuarterEnd).ThenByDescending(r => r.PublishedAtUtc)
            .Select(r => new { r.OperatorNameJa, r.Established, r.TermEndsOn })
            .FirstOrDefaultAsync(cancellationToken);
        return card is null ? fund : fund with { OperatorNameJa = card.OperatorNameJa, Established = card.Established ?? fund.Established, TermEndsOn = card.TermEndsOn };
    }

    /// <summary>The figures of the latest published quarterly report; null while none is published.</summary>
    private Task<PublishedFundFigures?> PublishedAsync(int fundId, CancellationToken cancellationToken) =>
        db.FundQuarterlyReports.AsNoTracking()
            .Where(r => r.FundId == fundId && r.State == FundReportState.Published)
            .OrderByDescending(r => r.QuarterEnd).ThenByDescending(r => r.PublishedAtUtc)
            .Select(r => new PublishedFundFigures(r.QuarterEnd, r.CommitmentsYen, r.PaidInYen, r.InvestedYen, r.SupportEntryCount, r.ProceedsYen, r.DistributedYen, r.NavYen, r.InvesteeCount, r.Tvpi, r.IsSynthetic))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The tile map of the investees: dark where an investee is, light where only a partner is, Tokyo apart.</summary>
    private async Task<TileMap> MapAsync(IReadOnlyList<InvesteeItem> investees, CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var own = investees.GroupBy(i => i.Prefecture.Code).ToDictionary(g => g.Key, g => g.Count());
        var partners = investees.SelectMany(i => i.Partners).GroupBy(p => p.Prefecture.Code).ToDictionary(g => g.Key, g => g.Count());
        var tiles = prefectures.Select(p =>
        {
            var name = p.Name.Local();
            var investeesHere = own.GetValueOrDefault(p.Code);
            var partnersHere = partners.GetValueOrDefault(p.Code);
            var (css, caption) = p.Code == Prefecture.TokyoCode ? ("tile-tokyo", L["ファンド所在地"].Value)
                : investeesHere > 0 ? ("band-3", L.Companies(investeesHere).Value)
                : partnersHere > 0 ? ("band-1", L["連携先{0}", partnersHere].Value)
                : ("band-0", "—");
            return new MapTile(new Dashboard.Models.PrefectureRef(p.Code, p.Name), p.TileRow, p.TileColumn, css, caption, L["{0}：{1}", name, caption].Value);
        }).ToList();
        return new TileMap(
            "fund-map",
            L["投資先企業と連携先企業の都道府県のタイルマップ。同じ内容を下の一覧にも掲載しています。"].Value,
            tiles,
            L["投資先"].Value,
            [new("band-3", L["投資先企業の所在地"].Value), new("band-1", L["連携先企業のみの所在地"].Value), new("tile-tokyo", L["東京都（ファンド所在地）"].Value)]);
    }

    /// <summary>
    /// An investee recorded through the books (it has investments) appears once a published report covers its first
    /// investment; the investees the progress report names are public facts from the start.
    /// </summary>
    private async Task<List<InvesteeItem>> InvesteesAsync(int fundId, string? prefectureCode, CancellationToken cancellationToken)
    {
        var publishedEnd = await db.FundQuarterlyReports.AsNoTracking()
            .Where(r => r.FundId == fundId && r.State == FundReportState.Published)
            .MaxAsync(r => (DateOnly?)r.QuarterEnd, cancellationToken) ?? DateOnly.MinValue;
        var investees = await (
                from i in db.FundInvestments.AsNoTracking()
                join p in db.Prefectures.AsNoTracking() on i.PrefectureCode equals p.Code
                where i.FundId == fundId && !i.IsSynthetic
                    && (!i.Rounds.Any() || i.Rounds.Any(r => r.IsSynthetic) || i.Rounds.Any(r => r.MadeOn <= publishedEnd && r.ReversesId == null && !i.Rounds.Any(x => x.ReversesId == r.Id)))
                    && (prefectureCode == null || i.PrefectureCode == prefectureCode || i.Partners.Any(x => x.PrefectureCode == prefectureCode))
                orderby i.Id
                select new InvesteeItem(i.Id, i.CompanyNameJa, i.NoteJa, new PrefectureRef(p.Code, p.Name))
                {
                    Enterprise = db.Enterprises.Where(Enterprise.IsPublic).Where(e => e.Id == i.EnterpriseId).Select(e => new EnterpriseLink(e.Id, e.NameJa, e.IsSynthetic)).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        var ids = investees.Select(i => i.Id).ToList();
        var partners = await (
                from x in db.FundInvesteePartners.AsNoTracking()
                join p in db.Prefectures.AsNoTracking() on x.PrefectureCode equals p.Code
                where ids.Contains(x.InvestmentId)
                orderby x.Id
                select new { x.InvestmentId, Item = new PartnerItem(x.NameJa, new PrefectureRef(p.Code, p.Name), x.IsSynthetic) })
            .ToListAsync(cancellationToken);
        return investees.Select(i => i with { Partners = partners.Where(p => p.InvestmentId == i.Id).Select(p => p.Item).ToList() }).ToList();
    }
}
