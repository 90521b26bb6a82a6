using AllJapanTokyo.Web.Areas.Funds;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A partner company of an investee and its prefecture (JIS code); <c>isSynthetic</c> (架空) ones only when asked for.</summary>
public sealed record ApiFundPartner(string NameJa, string PrefectureCode, bool IsSynthetic)
{
    /// <summary>「架空」 on a fictitious partner; null on a real one.</summary>
    public string? SyntheticLabel => IsSynthetic ? "架空" : null;
}

/// <summary>
/// A published investee of the SME Collaboration Promotion Fund (measure 2-6), by its own id: its name, the fund, its
/// prefecture (JIS code), its partners and their prefectures, and its enterprise-registry id when linked.
/// </summary>
public sealed record ApiFundInvestee(
    int Id,
    string NameJa,
    string FundNameJa,
    string MeasureCode,
    string PrefectureCode,
    IReadOnlyList<ApiFundPartner> Partners,
    IReadOnlyList<string> PartnerPrefectureCodes,
    int? EnterpriseId);

/// <summary>
/// The fund's status as of the quarter end of its latest published quarterly report: the only amounts (yen) the public
/// sees. Synthetic (架空, computed from demonstration records) only when asked for, and then labelled.
/// </summary>
public sealed record ApiFundStatus(
    DateOnly QuarterEnd,
    long CommitmentsYen,
    long PaidInYen,
    long InvestedYen,
    long ProceedsYen,
    long DistributedYen,
    long NavYen,
    int InvesteeCount,
    int SupportEntryCount,
    decimal? Tvpi,
    bool IsSynthetic)
{
    public string? SyntheticLabel => IsSynthetic ? "架空" : null;
}

/// <summary>One page of the fund's investees, with the latest published fund status (null while none, or synthetic and not asked for).</summary>
public sealed record ApiFundInvesteesPage(IReadOnlyList<ApiFundInvestee> Items, ApiFundStatus? FundStatus, string? Next);

/// <summary>
/// The reads of /api/v1/fund-investees: the fund's own public query of published investees (what /funds lists), by id,
/// paged by the last id of the page before.
/// </summary>
public sealed class FundInvesteesOpenData(FundsService funds)
{
    public async Task<(ApiPage<ApiFundInvestee> Page, ApiFundStatus? Status)> InvesteesAsync(int? afterId, int limit, bool includeSynthetic, CancellationToken cancellationToken)
    {
        var all = (await funds.PublishedInvesteesAsync(null, cancellationToken))
            .Where(p => afterId is null || p.Investee.Id > afterId)
            .OrderBy(p => p.Investee.Id)
            .Take(limit + 1)
            .ToList();
        var items = all.Take(limit).Select(p =>
        {
            var partners = p.Investee.Partners.Where(x => includeSynthetic || !x.IsSynthetic)
                .Select(x => new ApiFundPartner(x.NameJa, x.Prefecture.Code, x.IsSynthetic))
                .ToList();
            return new ApiFundInvestee(
                p.Investee.Id,
                p.Investee.CompanyNameJa,
                p.FundNameJa,
                FundsService.InitiativeCode,
                p.Investee.Prefecture.Code,
                partners,
                partners.Select(x => x.PrefectureCode).Distinct().Order(StringComparer.Ordinal).ToList(),
                p.Investee.Enterprise?.Id);
        }).ToList();
        var figures = await funds.LatestPublishedFiguresAsync(cancellationToken);
        var status = figures is null || (figures.IsSynthetic && !includeSynthetic)
            ? null
            : new ApiFundStatus(figures.QuarterEnd, figures.CommitmentsYen, figures.PaidInYen, figures.InvestedYen, figures.ProceedsYen,
                figures.DistributedYen, figures.NavYen, figures.InvesteeCount, figures.SupportEntryCount, figures.Tvpi, figures.IsSynthetic);
        var next = all.Count > limit ? items[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return (new ApiPage<ApiFundInvestee>(items, next), status);
    }
}
