using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Funds;

[CollectionDefinition(Name)]
public sealed class FundCardCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "FundCard";
}

/// <summary>
/// The fund card, its investors and commitments, corrections by reversing entries and the link of an investee to the
/// enterprise registry, on the demo fund (every amount 架空). These tests change the books and the public fund page, so
/// they have a portal of their own.
/// </summary>
[Collection(FundCardCollection.Name)]
public sealed class FundCardAndCorrectionsOnPost(PortalFixture fixture)
{
    private const string Operator = "fund@example.jp";

    private const string Official = "official@example.jp";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheCardAndCommitmentsAreEditedByTheOperatorAndTokyoOnlyUnderTheRules(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var page = $"/funds/manage/{fundId}";
        var tokyo = await portal.WithDbAsync(db => db.FundInvestors.AsNoTracking().Where(i => i.FundId == fundId).OrderBy(i => i.Id).FirstAsync());

        // Another account: a fund it cannot see is 404; anonymous is sent to sign in.
        var sme = await PortalClient.SignedInAsync(portal, "sme@example.jp");
        Assert.Equal(HttpStatusCode.NotFound, (await sme.GetAsync(page)).StatusCode);

        // Below what the investor has paid in: refused in the reader's language, the form keeps what was typed, nothing stored.
        var client = await PortalClient.SignedInAsync(portal, Operator);
        var below = await client.PostFormAsync($"/en{page}", $"/en{page}/investors", new Dictionary<string, string>
        {
            ["InvestorId"] = $"{tokyo.Id}", ["Name"] = "東京都（変更）", ["Kind"] = "Tokyo", ["Commitment"] = "1億",
        });
        Assert.Equal(HttpStatusCode.BadRequest, below.StatusCode);
        var refused = PortalClient.Parse(await below.Content.ReadAsStringAsync());
        Assert.Contains(Texts.En("出資約束額を、この出資者が既に払い込んだ額より少なくすることはできません。"), refused.QuerySelector("#fund-refusal")!.TextContent);
        Assert.Equal("1億", refused.QuerySelector($"#investor-{tokyo.Id}-commitment")!.GetAttribute("value"));
        Assert.Equal("東京都（変更）", refused.QuerySelector($"#investor-{tokyo.Id}-name")!.GetAttribute("value"));
        var unchanged = await portal.WithDbAsync(db => db.FundInvestors.AsNoTracking().SingleAsync(i => i.Id == tokyo.Id));
        Assert.Equal((tokyo.NameJa, tokyo.CommitmentYen), (unchanged.NameJa, unchanged.CommitmentYen));

        // Dates in order: the fund cannot be set up after its first record, nor its term end before its establishment.
        async Task RefusedCard(string established, string term, string message)
        {
            var response = await client.PostFormAsync(page, $"{page}/card", new Dictionary<string, string>
            {
                ["OperatorName"] = "【架空】新デモ・キャピタル", ["Established"] = established, ["TermEndsOn"] = term,
            });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var document = PortalClient.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(message, document.QuerySelector("#fund-refusal")!.TextContent);
            Assert.Equal(established, document.QuerySelector("#card-established")!.GetAttribute("value"));
        }

        await RefusedCard("2017-02", "2027-11-30", "設立日より前の日付の記録があります。");
        await RefusedCard("2016-11", "2016-10-31", "存続期間の満了日は設立日より後の日付にしてください。");
        await RefusedCard("2016年11月", "", "設立は「2016-11」または「2016-11-01」の形で入力してください。");
        Assert.Equal("【架空】デモ・キャピタル株式会社", await portal.WithDbAsync(db => db.Funds.AsNoTracking().Where(f => f.Id == fundId).Select(f => f.OperatorNameJa).SingleAsync()));

        // Tokyo raises a commitment; a new private investor is added by the operator; the card is changed.
        var official = await PortalClient.SignedInAsync(portal, Official);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(page, $"{page}/investors", new Dictionary<string, string>
        {
            ["InvestorId"] = $"{tokyo.Id}", ["Name"] = tokyo.NameJa, ["Kind"] = "Tokyo", ["Commitment"] = "16億",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/investors", new Dictionary<string, string>
        {
            ["InvestorId"] = "0", ["Name"] = "【架空】デモ証券", ["Kind"] = "Private", ["Commitment"] = "2億",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/card", new Dictionary<string, string>
        {
            ["OperatorName"] = "【架空】新デモ・キャピタル", ["Established"] = "2016-11", ["TermEndsOn"] = "2028-11-30",
        })).StatusCode);
        var investors = await portal.WithDbAsync(db => db.FundInvestors.AsNoTracking().Where(i => i.FundId == fundId).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(1_600_000_000, investors[0].CommitmentYen);
        Assert.Equal(("【架空】デモ証券", 200_000_000L), (investors[^1].NameJa, investors[^1].CommitmentYen));

        // The public card still shows the published report's card until Tokyo publishes the next report.
        var (_, before) = await PortalClient.For(portal).GetPageAsync("/funds");
        Assert.Contains("【架空】デモ・キャピタル株式会社", before.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("新デモ・キャピタル", before.QuerySelector("main")!.TextContent);

        var submitted = await client.PostFormAsync(page, $"{page}/reports", new Dictionary<string, string> { ["quarterEnd"] = "2021-06-30" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var report = await portal.WithDbAsync(db => db.FundQuarterlyReports.AsNoTracking().SingleAsync(r => r.FundId == fundId && r.QuarterEnd == new DateOnly(2021, 6, 30)));
        Assert.Equal(1_600_000_000L + 1_000_000_000 + 333_333_333 + 200_000_000, report.CommitmentsYen);
        var reportPage = $"/funds/manage/reports/{report.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(reportPage, $"{reportPage}/approve", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(reportPage, $"{reportPage}/publish", [])).StatusCode);
        var (_, after) = await PortalClient.For(portal).GetPageAsync("/funds");
        Assert.Contains("【架空】新デモ・キャピタル", after.QuerySelector("main")!.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMistakenRecordIsCorrectedByAReversingEntryUnlessTheBooksWouldBreak(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var page = $"/funds/manage/{fundId}";
        var client = await PortalClient.SignedInAsync(portal, Operator);
        var calls = await portal.WithDbAsync(db => db.FundCapitalCalls.AsNoTracking().Where(c => c.FundId == fundId && c.ReversesId == null).OrderBy(c => c.Id).ToListAsync());
        var investmentCall = calls.First(c => c.Purpose == CallPurpose.Investment && c.CalledOn == new DateOnly(2017, 1, 31));
        var feeCall = calls.First(c => c.Purpose == CallPurpose.ManagementFee && c.CalledOn == new DateOnly(2017, 1, 31));
        var investees = await portal.WithDbAsync(db => db.FundInvestments.AsNoTracking().Include(i => i.Rounds).Include(i => i.Exits).Include(i => i.Valuations)
            .Where(i => i.FundId == fundId).OrderBy(i => i.Id).ToListAsync());
        var approved = await portal.WithDbAsync(db => db.FundQuarterlyReports.AsNoTracking().SingleAsync(r => r.FundId == fundId && r.QuarterEnd == new DateOnly(2020, 12, 31)));
        var before = await CountsAsync(portal, fundId);

        async Task Refused(string record, string reason, string message)
        {
            var response = await client.PostFormAsync(page, $"{page}/corrections", new Dictionary<string, string> { ["Record"] = record, ["Reason"] = reason });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var document = PortalClient.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(message, document.QuerySelector("#fund-refusal")!.TextContent);
            Assert.Equal(reason, document.QuerySelector("#correction-reason")!.GetAttribute("value") ?? "");
        }

        // The call the investments were paid from, the first investee's round (a later exit sold part of it), another's
        // round (valued and supported after it): each reversal would break a rule. No reason: refused too.
        await Refused($"Call:{investmentCall.Id}", "金額の誤り", "手元資金が不足します");
        await Refused($"Investment:{investees[0].Rounds.Single().Id}", "投資先の誤り", "後の回収が保有分を超えます");
        await Refused($"Investment:{investees[1].Rounds.Single().Id}", "投資先の誤り", "最初の投資より前になります");
        await Refused($"Call:{feeCall.Id}", "", "差戻しの理由を入力してください。");
        await Refused("Call:999999", "存在しない記録", "訂正する記録が見つかりません");
        Assert.Equal(before, await CountsAsync(portal, fundId));

        // The fee call, the exit and a valuation are reversed: each by a new entry naming it, the original kept as it was.
        async Task Corrected(string record, string reason)
        {
            var response = await client.PostFormAsync(page, $"{page}/corrections", new Dictionary<string, string> { ["Record"] = record, ["Reason"] = reason });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await Corrected($"Call:{feeCall.Id}", "管理報酬の二重計上");
        await Corrected($"Exit:{investees[0].Exits.Single().Id}", "回収日の誤り");
        await Corrected($"Valuation:{investees[2].Valuations.Single().Id}", "評価額の誤り");
        var reversal = await portal.WithDbAsync(db => db.FundCapitalCalls.AsNoTracking().Include(c => c.Parts).SingleAsync(c => c.ReversesId == feeCall.Id));
        Assert.Equal((-feeCall.AmountYen, feeCall.CalledOn, "管理報酬の二重計上"), (reversal.AmountYen, reversal.CalledOn, reversal.CorrectionReason));
        Assert.Equal(-feeCall.AmountYen, reversal.Parts.Sum(p => p.AmountYen));
        Assert.Equal(feeCall.AmountYen, await portal.WithDbAsync(db => db.FundCapitalCalls.AsNoTracking().Where(c => c.Id == feeCall.Id).Select(c => c.AmountYen).SingleAsync()));
        await Refused($"Call:{feeCall.Id}", "もう一度", "この記録は既に訂正されています。");
        await Refused($"Call:{reversal.Id}", "訂正の訂正", "訂正する記録が見つかりません");

        // The page shows both entries; the approved report keeps its figures; the next report uses the corrected books.
        var (_, books) = await client.GetPageAsync(page);
        Assert.Equal(3, books.QuerySelectorAll("[data-correction=reversal]").Length);
        Assert.Equal(3, books.QuerySelectorAll("[data-correction=reversed]").Length);
        var kept = await portal.WithDbAsync(db => db.FundQuarterlyReports.AsNoTracking().SingleAsync(r => r.Id == approved.Id));
        Assert.Equal((approved.PaidInYen, approved.ProceedsYen, approved.NavYen), (kept.PaidInYen, kept.ProceedsYen, kept.NavYen));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/reports", new Dictionary<string, string> { ["quarterEnd"] = "2021-09-30" })).StatusCode);
        var next = await portal.WithDbAsync(db => db.FundQuarterlyReports.AsNoTracking().SingleAsync(r => r.FundId == fundId && r.QuarterEnd == new DateOnly(2021, 9, 30)));
        Assert.Equal(approved.PaidInYen - feeCall.AmountYen, next.PaidInYen);
        Assert.Equal(approved.ProceedsYen - investees[0].Exits.Single().ProceedsYen, next.ProceedsYen);

        // The valuation reversed, the quarter end can be valued again.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/valuations", new Dictionary<string, string>
        {
            ["InvestmentId"] = $"{investees[2].Id}", ["AsOf"] = "2020-12-31", ["Value"] = "9000万",
        })).StatusCode);

        // Tokyo reads the books but does not keep them.
        var official = await PortalClient.SignedInAsync(portal, Official);
        Assert.Equal(HttpStatusCode.NotFound, (await official.PostFormAsync(page, $"{page}/corrections", new Dictionary<string, string>
        {
            ["Record"] = $"Distribution:1", ["Reason"] = "東京都から",
        })).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnInvesteeIsLinkedToItsEnterpriseOfTheRegistryAndItsPageShowsIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var page = $"/funds/manage/{fundId}";
        var enterprise = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().Where(Enterprise.IsPublic).OrderBy(e => e.Id).FirstAsync());
        var hidden = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().Where(e => e.ScreeningStatus != ScreeningStatus.Approved).Select(e => (int?)e.Id).FirstOrDefaultAsync());
        var investee = await portal.WithDbAsync(db => db.FundInvestments.AsNoTracking().Where(i => i.FundId == fundId && !i.IsSynthetic).OrderBy(i => i.Id).FirstAsync());
        var client = await PortalClient.SignedInAsync(portal, Operator);

        // Found in the registry by its corporate number, then picked.
        var (_, found) = await client.GetPageAsync($"{page}?find={enterprise.CorporateNumber}");
        Assert.Contains(found.QuerySelectorAll("#link-enterprise option"), o => o.GetAttribute("value") == $"{enterprise.Id}");
        Assert.Contains(found.QuerySelectorAll("#investee-enterprise option"), o => o.GetAttribute("value") == $"{enterprise.Id}");

        var unknown = await client.PostFormAsync(page, $"{page}/investees/enterprise", new Dictionary<string, string>
        {
            ["InvestmentId"] = $"{investee.Id}", ["EnterpriseId"] = $"{hidden ?? 999_999}",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("企業データベースに公開されている企業から選んでください。", await unknown.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/investees/enterprise", new Dictionary<string, string>
        {
            ["InvestmentId"] = $"{investee.Id}", ["EnterpriseId"] = $"{enterprise.Id}",
        })).StatusCode);
        var (_, publicPage) = await PortalClient.For(portal).GetPageAsync($"/funds/investments/{investee.Id}");
        var link = publicPage.QuerySelector("#registry-enterprise a")!;
        Assert.Equal(enterprise.NameJa, link.TextContent.Trim());
        Assert.Equal($"/procurement/enterprises/{enterprise.Id}", link.GetAttribute("href"));

        // A new investee can be linked when it is added.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/investees", new Dictionary<string, string>
        {
            ["CompanyName"] = "【架空】リンク試験株式会社", ["PrefectureCode"] = "13", ["EnterpriseId"] = $"{enterprise.Id}",
        })).StatusCode);
        Assert.Equal(enterprise.Id, await portal.WithDbAsync(db => db.FundInvestments.AsNoTracking().Where(i => i.CompanyNameJa == "【架空】リンク試験株式会社").Select(i => i.EnterpriseId).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APrefectureProfileListsThePublishedInvesteesBasedThereOrWithPartnersThere(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var page = $"/funds/manage/{fundId}";

        // The demo's first named investee grows with a (fictitious) partner in Niigata: Niigata's profile lists it as a partner.
        var first = await portal.WithDbAsync(db => db.FundInvestments.AsNoTracking().Include(i => i.Partners)
            .Where(i => i.FundId == fundId && !i.IsSynthetic).OrderBy(i => i.Id).FirstAsync());
        Assert.Equal("15", first.Partners.Single().PrefectureCode);
        var (_, niigata) = await PortalClient.For(portal).GetPageAsync("/zh-Hans/prefectures/15");
        var row = niigata.QuerySelectorAll("#fund-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == first.CompanyNameJa);
        Assert.Equal("partner", row.QuerySelector("[data-relation]")!.GetAttribute("data-relation"));
        Assert.Contains(first.Partners.Single().NameJa, row.TextContent);
        Assert.Contains(Texts.ZhHans("架空"), row.TextContent);
        Assert.Contains(Texts.ZhHans("この都道府県との関係"), niigata.QuerySelector("#fund-table thead")!.TextContent);
        Assert.Equal($"/zh-hans/funds/investments/{first.Id}", row.QuerySelector("th a")!.GetAttribute("href"), ignoreCase: true);

        // Its own prefecture lists it as based there.
        var (_, own) = await PortalClient.For(portal).GetPageAsync($"/ko/prefectures/{first.PrefectureCode}");
        var ownRow = own.QuerySelectorAll("#fund-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == first.CompanyNameJa);
        Assert.Equal("based", ownRow.QuerySelector("[data-relation]")!.GetAttribute("data-relation"));

        // An investee first invested in after the latest published report is not public yet, in either prefecture.
        var client = await PortalClient.SignedInAsync(portal, Operator);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/investees", new Dictionary<string, string>
        {
            ["CompanyName"] = "愛媛連携試験株式会社", ["PrefectureCode"] = "13", ["PartnerName"] = "【架空】愛媛デモ水産", ["PartnerPrefectureCode"] = "38",
        })).StatusCode);
        var added = await portal.WithDbAsync(db => db.FundInvestments.AsNoTracking().Where(i => i.CompanyNameJa == "愛媛連携試験株式会社").Select(i => i.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/rounds", new Dictionary<string, string>
        {
            ["InvestmentId"] = $"{added}", ["On"] = "2021-10-01", ["Instrument"] = "CommonShares", ["Stage"] = "Seed", ["Amount"] = "1000万",
        })).StatusCode);
        var (_, ehime) = await PortalClient.For(portal).GetPageAsync("/prefectures/38");
        Assert.DoesNotContain("愛媛連携試験株式会社", ehime.QuerySelector("main")!.TextContent);
        var (_, tokyo) = await PortalClient.For(portal).GetPageAsync("/prefectures/13");
        Assert.DoesNotContain("愛媛連携試験株式会社", tokyo.QuerySelector("main")!.TextContent);
    }

    private static Task<int> DemoFundAsync(PortalFactory portal) =>
        portal.WithDbAsync(db => db.FundOperatorAssignments.AsNoTracking().Select(a => a.FundId).FirstAsync());

    private static Task<(int, int, int, int, int)> CountsAsync(PortalFactory portal, int fundId) =>
        portal.WithDbAsync(async db => (
            await db.FundCapitalCalls.CountAsync(c => c.FundId == fundId),
            await db.FundDistributions.CountAsync(d => d.FundId == fundId),
            await db.FundInvestmentRounds.CountAsync(),
            await db.FundValuations.CountAsync(),
            await db.FundExits.CountAsync()));
}
