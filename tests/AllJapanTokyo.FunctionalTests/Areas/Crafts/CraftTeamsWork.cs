using System.Net;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

/// <summary>
/// Teams: formed by Tokyo from selected applications only, their members report progress on the plan (others may not),
/// Tokyo sees all at a glance and publishes the product, which shows on its public page and the partner prefecture's
/// profile and proposes the measure's FY count of products.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CraftTeamsWork
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ATeamOfSelectedApplicantsReportsProgressAndItsPublishedProductShowsEverywhere(string provider)
    {
        // A portal of its own: the accepted FY count adds a fiscal year to the reports that the shared portal's tests list.
        if (provider != "Sqlite")
        {
            TestDatabases.RequirePostgres();
        }

        await using var portal = (provider == "Sqlite" ? PortalFactory.OnSqlite() : await PortalFactory.OnPostgresAsync()).Started();
        var roundId = await CraftsTestData.RoundAsync(portal, open: false);
        var (tokyoMaker, tokyoMakerEmail) = await CraftsTestData.MakerAsync(portal, "東京くみひも", "13");
        var (partnerMaker, _) = await CraftsTestData.MakerAsync(portal, "房州うちわ", "12");
        var (unselectedMaker, unselectedEmail) = await CraftsTestData.MakerAsync(portal, "江戸漆器", "13");
        var (designerId, designerEmail) = await CraftsTestData.DesignerAsync(portal);
        var tokyoApplication = await CraftsTestData.ApplicationAsync(portal, roundId, tokyoMaker, null, selected: true);
        var partnerApplication = await CraftsTestData.ApplicationAsync(portal, roundId, partnerMaker, null, selected: true);
        var unselectedApplication = await CraftsTestData.ApplicationAsync(portal, roundId, unselectedMaker, null, selected: false);
        var designerApplication = await CraftsTestData.ApplicationAsync(portal, roundId, null, designerId, selected: true);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var form = $"/crafts/teams/new/{roundId}";
        var name = $"くみひも×うちわ{Guid.NewGuid():N}"[..16];

        var (notSelected, notSelectedPage) = await CraftsTestData.PostAsync(official, form, form,
            ("nameJa", name), ("designerApplicationId", designerApplication.ToString()), ("makerApplicationIds", unselectedApplication.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notSelected.StatusCode);
        Assert.Equal([nameof(CraftProblem.NotSelected)], CraftsTestData.Problems(notSelectedPage));
        Assert.False(await portal.WithDbAsync(db => db.CraftTeams.AnyAsync(t => t.NameJa == name)));

        var (formed, _) = await CraftsTestData.PostAsync(official, form, form,
            ("nameJa", name), ("designerApplicationId", designerApplication.ToString()), ("makerApplicationIds", tokyoApplication.ToString()), ("makerApplicationIds", partnerApplication.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        var team = await portal.WithDbAsync(db => db.CraftTeams.AsNoTracking().Include(t => t.Makers).Include(t => t.Milestones).SingleAsync(t => t.NameJa == name));
        Assert.Equal(designerId, team.DesignerId);
        Assert.Equal(new[] { tokyoMaker, partnerMaker }.Order(), team.Makers.Select(m => m.MakerId).Order());
        Assert.Equal(Enum.GetValues<CraftMilestoneKind>(), team.Milestones.OrderBy(m => m.DueOn).Select(m => m.Kind));

        // A member reports progress; a maker outside the team may neither read nor write it.
        var member = await PortalClient.SignedInAsync(portal, tokyoMakerEmail, CraftsTestData.Password);
        var teamUrl = $"/crafts/teams/{team.Id}";
        var (reported, _) = await CraftsTestData.PostAsync(member, teamUrl, $"{teamUrl}/milestones/Prototype", ("done", "true"), ("progressJa", "試作3点が完成"));
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var outsider = await PortalClient.SignedInAsync(portal, unselectedEmail, CraftsTestData.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(teamUrl)).StatusCode);
        var token = PortalClient.AntiforgeryToken((await outsider.GetPageAsync("/crafts/teams")).Document);
        var intrusion = await outsider.Http.PostAsync($"{teamUrl}/milestones/Product", new FormUrlEncodedContent([new("done", "true"), new("progressJa", "乗っ取り"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, intrusion.StatusCode);
        var milestones = await portal.WithDbAsync(db => db.CraftMilestones.AsNoTracking().Where(m => m.TeamId == team.Id).ToListAsync());
        Assert.Equal("試作3点が完成", milestones.Single(m => m.Kind == CraftMilestoneKind.Prototype).ProgressJa);
        Assert.NotNull(milestones.Single(m => m.Kind == CraftMilestoneKind.Prototype).DoneOn);
        Assert.Equal("", milestones.Single(m => m.Kind == CraftMilestoneKind.Product).ProgressJa);

        var (overviewResponse, overview) = await official.GetPageAsync("/crafts/teams");
        Assert.Equal(HttpStatusCode.OK, overviewResponse.StatusCode);
        var row = overview.QuerySelector($"tr[data-team='{team.Id}']")!;
        Assert.Equal("true", row.QuerySelector("td[data-milestone='Prototype']")!.GetAttribute("data-done"));
        Assert.Equal("false", row.QuerySelector("td[data-milestone='Exhibition']")!.GetAttribute("data-done"));
        var (_, outsiderList) = await outsider.GetPageAsync("/crafts/teams");
        Assert.Null(outsiderList.QuerySelector($"tr[data-team='{team.Id}']"));

        // Tokyo publishes the product: its page, the partner prefecture's profile, the FY count of products.
        var (tokyoCraft, partnerCraft) = await portal.WithDbAsync(async db =>
            (await db.Crafts.Where(c => c.NameJa == "東京くみひも").Select(c => c.Id).SingleAsync(), await db.Crafts.Where(c => c.NameJa == "房州うちわ").Select(c => c.Id).SingleAsync()));
        var product = $"組紐うちわ{Guid.NewGuid():N}"[..13];
        var (noCraft, noCraftPage) = await CraftsTestData.PostMultipartAsync(official, teamUrl, $"{teamUrl}/product", [new("ProductJa", product), new("TokyoCraftId", partnerCraft.ToString()), new("PartnerCraftId", partnerCraft.ToString())]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCraft.StatusCode);
        Assert.Equal([nameof(CraftProblem.UnknownCraft)], CraftsTestData.Problems(noCraftPage));
        var byMember = await member.Http.PostAsync($"{teamUrl}/product", new FormUrlEncodedContent([new("ProductJa", product), new("__RequestVerificationToken", PortalClient.AntiforgeryToken((await member.GetPageAsync(teamUrl)).Document))]));
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.CraftCollaborations.AnyAsync(c => c.ProductJa == product)));

        var (published, _) = await CraftsTestData.PostMultipartAsync(official, teamUrl, $"{teamUrl}/product",
            [new("ProductJa", product), new("TokyoCraftId", tokyoCraft.ToString()), new("PartnerCraftId", partnerCraft.ToString()), new("WhereToBuyJa", "（試験）館山の物産館")],
            ("photo", "uchiwa.png", CraftsTestData.Png));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var collaboration = await portal.WithDbAsync(db => db.CraftCollaborations.AsNoTracking().SingleAsync(c => c.ProductJa == product));
        Assert.Equal(("東京くみひも", "房州うちわ", "12", (int?)team.Id, true), (collaboration.TokyoCraftJa, collaboration.PartnerCraftJa, collaboration.PartnerPrefectureCode, collaboration.TeamId, collaboration.IsPublished));
        Assert.NotNull(await portal.WithDbAsync(db => db.CraftTeams.Where(t => t.Id == team.Id).Select(t => t.FinishedAtUtc).SingleAsync()));
        var memberUser = await CraftsTestData.UserIdAsync(portal, tokyoMakerEmail);
        Assert.Equal($"/crafts/collaborations/{collaboration.Id}", await portal.WithDbAsync(db => db.Notifications
            .Where(n => n.UserId == memberUser && n.Kind == "crafts.product_published").Select(n => n.LinkPath).SingleAsync()));

        var (pageResponse, page) = await PortalClient.For(portal).GetPageAsync($"/crafts/collaborations/{collaboration.Id}");
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains("千葉県", page.QuerySelector("#makers")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#makers > span").Length);
        Assert.NotEmpty(page.QuerySelector("#designer")!.TextContent.Trim());
        Assert.Contains("館山の物産館", page.QuerySelector("#where-to-buy")!.TextContent);
        var photo = page.QuerySelector("main img")!.GetAttribute("src")!;
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.For(portal).GetAsync(photo)).StatusCode);
        var (_, korean) = await PortalClient.For(portal).GetPageAsync($"/ko/crafts/collaborations/{collaboration.Id}");
        Assert.Contains(Texts.Ko("購入できる場所"), korean.QuerySelector("main dl")!.TextContent);

        var (_, chiba) = await PortalClient.For(portal).GetPageAsync("/prefectures/12");
        Assert.Contains(product, chiba.QuerySelector("main")!.TextContent);

        var figure = await portal.WithDbAsync(db => db.ComputedFigures.AsNoTracking()
            .Where(f => f.SourceKind == "crafts.products" && f.State == ComputedFigureState.Proposed).OrderByDescending(f => f.Id).FirstAsync());
        Assert.Equal(("2-2", "collab_products", (string?)null), (figure.InitiativeCode, figure.IndicatorCode, figure.PrefectureCode));
        Assert.Equal(1m, figure.Value);

        // Accepted by an official, the count shows on the FY's progress report.
        var (_, review) = await official.GetPageAsync("/reporting/computed");
        var proposal = Assert.Single(review.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains("「東京手仕事」の開発チーム", StringComparison.Ordinal));
        var accept = proposal.QuerySelector("form[action$='/accept']")!.GetAttribute("action")!;
        var accepted = await official.PostFormAsync("/reporting/computed", accept, new Dictionary<string, string> { ["version"] = PortalClient.HiddenValue(review, accept, "version") });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (reportResponse, report) = await PortalClient.For(portal).GetPageAsync($"/reports/{figure.FiscalYear}");
        Assert.Equal(HttpStatusCode.OK, reportResponse.StatusCode);
        Assert.Contains("1件", Reports.ProgressReportOnGet.FigureRow(report, "2-2", "他産地とのコラボ商品数").TextContent);
        var products = report.QuerySelectorAll(".report-collaborations tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(6, products.Count);
        Assert.Contains(products, p => p.Contains(product, StringComparison.Ordinal));

        // The FY2020 report still lists its own five products (and not the later one), whatever later years hold.
        var (_, fy2020) = await PortalClient.For(portal).GetPageAsync("/reports/2020");
        var fy2020Products = fy2020.QuerySelectorAll(".report-collaborations tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, fy2020Products.Count);
        Assert.DoesNotContain(fy2020Products, p => p.Contains(product, StringComparison.Ordinal));
    }
}
