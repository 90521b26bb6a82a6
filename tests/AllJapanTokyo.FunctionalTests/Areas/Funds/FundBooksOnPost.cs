using System.Net;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Funds;

[CollectionDefinition(Name)]
public sealed class FundBooksCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "FundBooks";
}

/// <summary>
/// The fund's books on the demo fund (every amount 架空): only its operator keeps them, another fund is 404; calls are
/// split pro rata to the yen; the rules refuse with a message and store nothing; a report approved and published by
/// Tokyo reaches /funds, and not before. These tests change the public fund page, so they have a portal of their own.
/// </summary>
[Collection(FundBooksCollection.Name)]
public sealed class FundBooksOnPost(PortalFixture fixture)
{
    private const string Operator = "fund@example.jp";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnOperatorKeepsOnlyItsOwnFund(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var other = await portal.WithDbAsync(async db =>
        {
            var fund = new Fund { NameJa = "別のファンド（試験）" };
            db.Funds.Add(fund);
            await db.SaveChangesAsync();
            return fund.Id;
        });

        var operatorClient = await PortalClient.SignedInAsync(portal, Operator);
        var (own, _) = await operatorClient.GetPageAsync($"/funds/manage/{fundId}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.GetAsync($"/funds/manage/{other}")).StatusCode);
        var post = await operatorClient.PostFormAsync($"/funds/manage/{fundId}", $"/funds/manage/{other}/calls", new Dictionary<string, string>
        {
            ["On"] = "2021-01-15", ["Purpose"] = "Investment", ["Amount"] = "1000",
        });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.FundCapitalCalls.CountAsync(c => c.FundId == other)));

        // Tokyo reads every fund but keeps none; an enterprise sees no fund at all.
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync($"/funds/manage/{other}")).StatusCode);
        var (_, officialPage) = await official.GetPageAsync($"/funds/manage/{fundId}");
        Assert.Null(officialPage.QuerySelector("#call-form"));
        var sme = await PortalClient.SignedInAsync(portal, "sme@example.jp");
        Assert.Equal(HttpStatusCode.NotFound, (await sme.GetAsync($"/funds/manage/{fundId}")).StatusCode);
        var anonymous = await PortalClient.For(portal).GetAsync($"/funds/manage/{fundId}");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACallIsSplitProRataToTheYenWithANoticePerInvestor(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, Operator);
        var page = $"/funds/manage/{fundId}";
        var response = await client.PostFormAsync(page, $"{page}/calls", new Dictionary<string, string>
        {
            ["On"] = "2021-05-10", ["Purpose"] = "Expenses", ["Amount"] = "10,000,001",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var call = await portal.WithDbAsync(db => db.FundCapitalCalls.AsNoTracking().Include(c => c.Parts)
            .Where(c => c.FundId == fundId && c.CalledOn == new DateOnly(2021, 5, 10)).SingleAsync());
        Assert.Equal(10_000_001, call.AmountYen);
        Assert.Equal(call.AmountYen, call.Parts.Sum(p => p.AmountYen));
        var investors = await portal.WithDbAsync(db => db.FundInvestors.AsNoTracking().Where(i => i.FundId == fundId).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(3, call.Parts.Count);

        var (notice, document) = await client.GetPageAsync($"{page}/calls/{call.Id}/notices/{investors[0].Id}");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        var tokyoPart = call.Parts.Single(p => p.InvestorId == investors[0].Id).AmountYen;
        Assert.Equal($"{tokyoPart:#,0}円", document.QuerySelector("#notice-part")!.TextContent.Trim());
        Assert.Contains("架空", document.QuerySelector("main")!.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EachRuleRefusesWithAMessageAndStoresNothing(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, Operator);
        var page = $"/funds/manage/{fundId}";
        var investees = await portal.WithDbAsync(db => db.FundInvestments.AsNoTracking().Where(i => i.FundId == fundId).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var before = await CountsAsync(portal, fundId);

        async Task Refused(string action, Dictionary<string, string> fields, string message)
        {
            var response = await client.PostFormAsync(page, $"{page}/{action}", fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync());
        }

        await Refused("calls", new() { ["On"] = "2021-02-01", ["Purpose"] = "Investment", ["Amount"] = "30億" }, "払込請求額が出資者の未払込の出資約束額を超えています。");
        await Refused("distributions", new() { ["On"] = "2021-02-01", ["Kind"] = "Gain", ["Amount"] = "20億" }, "分配額がファンドの手元資金を超えています。");
        await Refused("rounds", new() { ["InvestmentId"] = $"{investees[1]}", ["On"] = "2021-02-01", ["Instrument"] = "CommonShares", ["Stage"] = "Later", ["Amount"] = "20億" }, "投資額がファンドの手元資金を超えています。");
        await Refused("valuations", new() { ["InvestmentId"] = $"{investees[1]}", ["AsOf"] = "2016-12-31", ["Value"] = "1000" }, "この投資先への最初の投資より前の日付です。");
        await Refused("valuations", new() { ["InvestmentId"] = $"{investees[1]}", ["AsOf"] = "2021-02-01", ["Value"] = "1000" }, "四半期末（3月31日、6月30日、9月30日、12月31日）の日付を入力してください。");
        await Refused("exits", new() { ["InvestmentId"] = $"{investees[1]}", ["On"] = "2021-02-01", ["Cost"] = "2億", ["Proceeds"] = "3億" }, "回収する持分の取得原価が、その時点の保有分を超えています。");
        await Refused("support", new() { ["InvestmentId"] = $"{investees[1]}", ["On"] = "2016-12-01", ["Note"] = "面談" }, "この投資先への最初の投資より前の日付です。");
        await Refused("calls", new() { ["On"] = "2016-01-01", ["Purpose"] = "Investment", ["Amount"] = "1000" }, "ファンドの設立より前の日付は記録できません。");
        await Refused("calls", new() { ["On"] = "2021-02-01", ["Purpose"] = "Investment", ["Amount"] = "abc" }, "数字で入力してください");

        Assert.Equal(before, await CountsAsync(portal, fundId));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AReportReachesThePublicOnlyOnceTokyoApprovesAndPublishesIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await DemoFundAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, Operator);
        var page = $"/funds/manage/{fundId}";
        var investee = await portal.WithDbAsync(db => db.FundInvestments.AsNoTracking().Where(i => i.FundId == fundId).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/calls", new Dictionary<string, string>
        {
            ["On"] = "2021-07-01", ["Purpose"] = "Investment", ["Amount"] = "5000万",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}/rounds", new Dictionary<string, string>
        {
            ["InvestmentId"] = $"{investee}", ["On"] = "2021-07-02", ["Instrument"] = "CommonShares", ["Stage"] = "Expansion", ["Amount"] = "4000万",
        })).StatusCode);
        var submitted = await client.PostFormAsync(page, $"{page}/reports", new Dictionary<string, string> { ["quarterEnd"] = "2021-09-30" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var report = await portal.WithDbAsync(db => db.FundQuarterlyReports.AsNoTracking().SingleAsync(r => r.FundId == fundId && r.QuarterEnd == new DateOnly(2021, 9, 30)));
        Assert.Equal(FundReportState.Submitted, report.State);
        Assert.Equal(report.PaidInYen, report.CommitmentsYen - report.UnfundedYen);
        Assert.True(report.InvestedYen >= 640_000_000);
        Assert.True(await portal.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Kind == "funds.report-submitted")));

        // Submitted is not published: the public page still shows the earlier report.
        var (_, before) = await PortalClient.For(portal).GetPageAsync("/funds");
        Assert.DoesNotContain("令和3年9月30日", before.QuerySelector("#money-flow-section")?.TextContent ?? "");

        // The operator cannot approve its own report; Tokyo does, and the measure's figures are proposed.
        var reportPage = $"/funds/manage/reports/{report.Id}";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync(reportPage, $"{reportPage}/approve", [])).StatusCode);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(reportPage, $"{reportPage}/approve", [])).StatusCode);
        var proposed = await portal.WithDbAsync(db => db.ComputedFigures.AsNoTracking().Where(f => f.SourceKind == "funds.report").ToListAsync());
        var investees = Assert.Single(proposed, f => f.FiscalYear == 2021);
        Assert.Equal(("2-6", "investee_companies", (decimal)report.InvesteeCount), (investees.InitiativeCode, investees.IndicatorCode, investees.Value));
        var (_, approved) = await PortalClient.For(portal).GetPageAsync("/funds");
        Assert.DoesNotContain("令和3年9月30日", approved.QuerySelector("#money-flow-section")?.TextContent ?? "");

        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(reportPage, $"{reportPage}/publish", [])).StatusCode);
        var (_, published) = await PortalClient.For(portal).GetPageAsync("/funds");
        var flow = published.QuerySelector("#money-flow-section")!;
        Assert.Contains("令和3年9月30日", flow.TextContent);
        Assert.Equal($"{report.InvestedYen:#,0}円", flow.QuerySelector("[data-figure='invested']")!.TextContent.Trim());
        Assert.Equal($"{report.PaidInYen:#,0}円", flow.QuerySelector("[data-figure='paid-in']")!.TextContent.Trim());
        Assert.Contains("架空", flow.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AReturnedReportNeedsAReasonAndTellsTheOperator(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var report = await portal.WithDbAsync(db => db.FundQuarterlyReports.AsNoTracking().FirstAsync(r => r.QuarterEnd == new DateOnly(2021, 3, 31)));
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var reportPage = $"/funds/manage/reports/{report.Id}";
        var empty = await official.PostFormAsync(reportPage, $"{reportPage}/return", new Dictionary<string, string> { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
        Assert.Contains("差戻しの理由を入力してください。", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(reportPage, $"{reportPage}/return", new Dictionary<string, string> { ["reason"] = "評価額の根拠を添えてください" })).StatusCode);
        var returned = await portal.WithDbAsync(db => db.FundQuarterlyReports.AsNoTracking().SingleAsync(r => r.Id == report.Id));
        Assert.Equal((FundReportState.Returned, "評価額の根拠を添えてください"), (returned.State, returned.ReturnReason));
        Assert.True(await portal.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Kind == "funds.report-returned")));
    }

    private static Task<int> DemoFundAsync(PortalFactory portal) =>
        portal.WithDbAsync(db => db.FundOperatorAssignments.AsNoTracking().Select(a => a.FundId).FirstAsync());

    private static Task<(int, int, int, int, int, int)> CountsAsync(PortalFactory portal, int fundId) =>
        portal.WithDbAsync(async db => (
            await db.FundCapitalCalls.CountAsync(c => c.FundId == fundId),
            await db.FundDistributions.CountAsync(d => d.FundId == fundId),
            await db.FundInvestmentRounds.CountAsync(),
            await db.FundValuations.CountAsync(),
            await db.FundExits.CountAsync(),
            await db.FundSupportEntries.CountAsync()));
}
