using System.Net;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Fairs.Exhibitors;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

/// <summary>
/// An approved company applies to exhibit; the organiser selects, gives a booth and confirms, each change told to the
/// company; the public directory lists the confirmed exhibitor; the organiser prints the booths and downloads the list.
/// Refusals (outside the window, twice, a full category) say why, keep what was typed and store nothing; a booth is
/// never given twice, even to two organisers clicking at once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ExhibitorApplicationsOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACompanyAppliesTheOrganiserSelectsGivesABoothConfirmsAndThePublicSeesTheExhibitor(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "全国ゾーン（出展試験）", published: true);
        try
        {
            var (enterpriseId, email) = await FairsTestData.CompanyAsync(portal);
            var company = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
            var apply = $"/fairs/events/{fair.Id}/apply";
            var (_, form) = await company.GetPageAsync(apply);
            Assert.Equal("金沢の金箔を使った記念品を製作します。", form.QuerySelector("textarea#PrTextJa")!.TextContent.Trim());

            var categoryA = await CategoryIdAsync(portal, fair.Id, "A");
            var applied = await company.PostFormAsync(apply, apply, new Dictionary<string, string>
            {
                ["BoothCategoryId"] = categoryA.ToString(), ["ProductsJa"] = "金箔の記念品・箸", ["PrTextJa"] = "金沢の金箔を使った記念品を製作します。", ["IsOnline"] = "true",
            });
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
            var application = await portal.WithDbAsync(db => db.ExhibitorApplications.AsNoTracking().SingleAsync(a => a.EventId == fair.Id));
            Assert.Equal((ApplicationStatus.Applied, enterpriseId, "17", true), (application.Status, application.EnterpriseId, application.PrefectureCode, application.IsOnline));

            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(official, fair.Id, application.Id, ApplicationDecision.Select)).StatusCode);
            var userId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
            Assert.True(await portal.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == userId && n.Kind == "fairs.application")));
            Assert.True(await portal.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email)));

            Assert.Equal(HttpStatusCode.Redirect, (await BoothAsync(official, fair.Id, application.Id, 2)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(official, fair.Id, application.Id, ApplicationDecision.Confirm)).StatusCode);
            application = await portal.WithDbAsync(db => db.ExhibitorApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id));
            Assert.Equal((ApplicationStatus.Confirmed, 2), (application.Status, application.BoothNumber));
            Assert.Equal(3, await portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.Kind == "fairs.application")));
            var (_, own) = await company.GetPageAsync(apply);
            Assert.Equal("出展確定", own.QuerySelector("#own-status")!.TextContent.Trim());
            Assert.Equal("A-2", own.QuerySelector("#own-booth")!.TextContent.Trim());

            // The public directory, its filters, the exhibitor's page, and the Chinese page.
            var anonymous = PortalClient.For(portal);
            var directory = $"/fairs/events/{fair.Id}/exhibitors";
            var (response, page) = await anonymous.GetPageAsync(directory);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var row = Assert.Single(page.QuerySelectorAll("#exhibitors tbody tr"));
            Assert.Contains("金箔の記念品", row.TextContent);
            Assert.Contains("A-2", row.TextContent);
            Assert.Single((await anonymous.GetPageAsync(directory + "?prefecture=17&q=金箔")).Document.QuerySelectorAll("#exhibitors tbody tr"));
            Assert.Null((await anonymous.GetPageAsync(directory + "?prefecture=13")).Document.QuerySelector("#exhibitors"));
            Assert.Null((await anonymous.GetPageAsync(directory + "?q=焼酎")).Document.QuerySelector("#exhibitors"));
            Assert.Null((await anonymous.GetPageAsync(directory + $"?category={await CategoryIdAsync(portal, fair.Id, "B")}")).Document.QuerySelector("#exhibitors"));
            var (detail, exhibitor) = await anonymous.GetPageAsync($"{directory}/{application.Id}");
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
            Assert.Contains("金箔の記念品・箸", exhibitor.QuerySelector("#products")!.TextContent);
            var (zh, chinese) = await anonymous.GetPageAsync("/zh-hans" + directory);
            Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
            Assert.Contains(Texts.ZhHans("出展者一覧"), chinese.QuerySelector("h1")!.TextContent);

            // The organiser's booth list, CSV and xlsx.
            var (_, booths) = await official.GetPageAsync($"/fairs/manage/{fair.Id}/booths");
            Assert.Contains("出展確定", booths.QuerySelector("tr[data-booth='A-2']")!.TextContent);
            Assert.Contains("空き", booths.QuerySelector("tr[data-booth='A-1']")!.TextContent);
            Assert.Equal(4, booths.QuerySelectorAll("tr[data-booth]").Length);
            var csv = await Downloads.CsvLinesAsync(await official.GetAsync($"/fairs/manage/{fair.Id}/applications.csv"));
            Assert.Contains(csv, l => l.Contains("金箔の記念品・箸", StringComparison.Ordinal) && l.Contains("A-2", StringComparison.Ordinal) && l.Contains("出展確定", StringComparison.Ordinal));
            var xlsx = await Downloads.WorkbookRowsAsync(await official.GetAsync($"/fairs/manage/{fair.Id}/applications.xlsx"));
            Assert.Contains(xlsx, r => r.Contains("A-2") && r.Contains("出展確定"));
            Assert.Equal(HttpStatusCode.Forbidden, (await company.GetAsync($"/fairs/manage/{fair.Id}/applications.csv")).StatusCode);
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RefusalsSayWhyKeepWhatWasTypedAndStoreNothing(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var closed = await FairsTestData.EventAsync(portal, "窓口終了の催し（試験）", opensInDays: -20, closesInDays: -1);
        var open = await FairsTestData.EventAsync(portal, "満枠のある催し（試験）", boothsOfB: 1);
        try
        {
            var (_, email) = await FairsTestData.CompanyAsync(portal);
            var company = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
            var (other, _) = await FairsTestData.CompanyAsync(portal, "27");
            await FairsTestData.ApplicationAsync(portal, open, other, "B", ApplicationStatus.Selected);

            async Task RefusedAsync(Event e, string category, string message)
            {
                var apply = $"/fairs/events/{e.Id}/apply";
                var before = await portal.WithDbAsync(db => db.ExhibitorApplications.CountAsync(a => a.EventId == e.Id));
                var response = await company.PostFormAsync(apply, apply, new Dictionary<string, string>
                {
                    ["BoothCategoryId"] = (await CategoryIdAsync(portal, e.Id, category)).ToString(), ["ProductsJa"] = "入力した製品", ["PrTextJa"] = "入力したPR",
                });
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
                Assert.Contains(message, page.QuerySelector("main")!.TextContent);
                Assert.Equal("入力した製品", page.QuerySelector("textarea#ProductsJa")!.TextContent);
                Assert.Equal("入力したPR", page.QuerySelector("textarea#PrTextJa")!.TextContent);
                Assert.Equal(before, await portal.WithDbAsync(db => db.ExhibitorApplications.CountAsync(a => a.EventId == e.Id)));
            }

            await RefusedAsync(closed, "A", "申込期間外のため、申し込めません。");
            var english = $"/en/fairs/events/{closed.Id}/apply";
            var inEnglish = await company.PostFormAsync(english, english, new Dictionary<string, string>
            {
                ["BoothCategoryId"] = (await CategoryIdAsync(portal, closed.Id, "A")).ToString(), ["ProductsJa"] = "入力した製品",
            });
            Assert.Equal(HttpStatusCode.BadRequest, inEnglish.StatusCode);
            Assert.Contains(Texts.En("申込期間外のため、申し込めません。"), await inEnglish.Content.ReadAsStringAsync());
            await RefusedAsync(open, "B", "この小間区分は満枠です。別の区分を選んでください。");

            var apply = $"/fairs/events/{open.Id}/apply";
            var fields = new Dictionary<string, string> { ["BoothCategoryId"] = (await CategoryIdAsync(portal, open.Id, "A")).ToString(), ["ProductsJa"] = "一度目" };
            Assert.Equal(HttpStatusCode.Redirect, (await company.PostFormAsync(apply, apply, fields)).StatusCode);
            fields["ProductsJa"] = "二度目";
            var twice = await company.PostFormAsync(apply, apply, fields);
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
            Assert.Contains("この催しには既に申し込んでいます。申込は1社1回です。", PortalClient.Parse(await twice.Content.ReadAsStringAsync()).QuerySelector("#apply-error")!.TextContent);
            Assert.Equal(["一度目"], await portal.WithDbAsync(db => db.ExhibitorApplications.Where(a => a.EventId == open.Id && a.EnterpriseId != other).Select(a => a.ProductsJa).ToListAsync()));

            // The organiser cannot select beyond the category's booths, nor confirm what is not selected.
            var waiting = await FairsTestData.ApplicationAsync(portal, open, (await FairsTestData.CompanyAsync(portal, "01")).EnterpriseId, "B", ApplicationStatus.Applied);
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            var full = await DecideAsync(official, open.Id, waiting.Id, ApplicationDecision.Select);
            Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
            Assert.Contains("この小間区分は満枠です。別の区分を選んでください。", PortalClient.Parse(await full.Content.ReadAsStringAsync()).QuerySelector("#manage-error")!.TextContent);
            var wrong = await DecideAsync(official, open.Id, waiting.Id, ApplicationDecision.Confirm);
            Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
            Assert.Equal(ApplicationStatus.Applied, await portal.WithDbAsync(db => db.ExhibitorApplications.Where(a => a.Id == waiting.Id).Select(a => a.Status).SingleAsync()));
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, closed.Id, open.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoOrganisersGivingTheSameBoothAtOnceGiveItToOneExhibitorAndTellTheOther(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "小間の同時割当（試験）");
        try
        {
            var first = await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal)).EnterpriseId, "A", ApplicationStatus.Selected);
            var second = await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal, "27")).EnterpriseId, "A", ApplicationStatus.Confirmed);
            var one = await PortalClient.SignedInAsync(portal, "official@example.jp");
            var other = await PortalClient.SignedInAsync(portal, "admin@example.jp");
            var manage = $"/fairs/manage/{fair.Id}";
            var (_, page1) = await one.GetPageAsync(manage);
            var (_, page2) = await other.GetPageAsync(manage);
            HttpContent Body(AngleSharp.Html.Dom.IHtmlDocument page, ExhibitorApplication a) => new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["booth"] = "1",
                ["version"] = a.Version.ToString(),
                ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page, $"{manage}/applications/{a.Id}/booth"),
            });

            var responses = await Task.WhenAll(
                one.Http.PostAsync($"{manage}/applications/{first.Id}/booth", Body(page1, first)),
                other.Http.PostAsync($"{manage}/applications/{second.Id}/booth", Body(page2, second)));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Contains("その小間は、たった今ほかの出展者に割り当てられました。別の小間を選んでください。",
                PortalClient.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("#manage-error")!.TextContent);
            Assert.Equal(1, await portal.WithDbAsync(db => db.ExhibitorApplications.CountAsync(a => a.EventId == fair.Id && a.BoothNumber == 1)));
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADecisionOnAnApplicationChangedSinceThePageWasShownIsRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "同時の選定（試験）");
        try
        {
            var application = await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal)).EnterpriseId, "A", ApplicationStatus.Applied);
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            var manage = $"/fairs/manage/{fair.Id}";
            var (_, page) = await official.GetPageAsync(manage);
            var action = $"{manage}/applications/{application.Id}/decide";
            var token = PortalClient.AntiforgeryToken(page, action);
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(official, fair.Id, application.Id, ApplicationDecision.NotSelect)).StatusCode);

            var stale = await official.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["decision"] = nameof(ApplicationDecision.Select), ["version"] = application.Version.ToString(), ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("この申込は、画面を開いた後にほかの担当者が変更しました。", await stale.Content.ReadAsStringAsync());
            Assert.Equal(ApplicationStatus.NotSelected, await portal.WithDbAsync(db => db.ExhibitorApplications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync()));
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APrefectureRecommendsOnlyItsOwnCompanies(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "県の推薦（試験）");
        try
        {
            var application = await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal, "15")).EnterpriseId, "A", ApplicationStatus.Applied);
            var page = $"/fairs/events/{fair.Id}/recommend";
            var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
            Assert.Null((await osaka.GetPageAsync(page)).Document.QuerySelector($"tr[data-application='{application.Id}']"));
            Assert.Equal(HttpStatusCode.Forbidden, (await osaka.PostFormAsync(page, $"{page}/{application.Id}", [])).StatusCode);
            Assert.Null(await portal.WithDbAsync(db => db.ExhibitorApplications.Where(a => a.Id == application.Id).Select(a => a.RecommendedByPrefectureCode).SingleAsync()));

            var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
            Assert.NotNull((await niigata.GetPageAsync(page)).Document.QuerySelector($"tr[data-application='{application.Id}']"));
            Assert.Equal(HttpStatusCode.Redirect, (await niigata.PostFormAsync(page, $"{page}/{application.Id}", [])).StatusCode);
            Assert.Equal("15", await portal.WithDbAsync(db => db.ExhibitorApplications.Where(a => a.Id == application.Id).Select(a => a.RecommendedByPrefectureCode).SingleAsync()));
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            Assert.Contains("新潟県の推薦", (await official.GetPageAsync($"/fairs/manage/{fair.Id}")).Document.QuerySelector($"tr[data-application='{application.Id}']")!.TextContent);
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnOrganiserRunsOnlyTheEventsDelegatedToIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var delegated = await FairsTestData.EventAsync(portal, "委任された催し（試験）");
        var another = await FairsTestData.EventAsync(portal, "委任されていない催し（試験）");
        try
        {
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            var manage = $"/fairs/manage/{delegated.Id}";
            var unknown = await official.PostFormAsync(manage, $"{manage}/organisers", new Dictionary<string, string> { ["email"] = "sme@example.jp" });
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Contains("そのメールアドレスの催し運営者アカウントはありません。", await unknown.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(manage, $"{manage}/organisers", new Dictionary<string, string> { ["email"] = "organizer@example.jp" })).StatusCode);

            var organiser = await PortalClient.SignedInAsync(portal, "organizer@example.jp");
            Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync(manage)).StatusCode);
            Assert.NotNull((await organiser.GetPageAsync("/fairs/manage")).Document.QuerySelector($"tr[data-event='{delegated.Id}']"));
            Assert.Null((await organiser.GetPageAsync("/fairs/manage")).Document.QuerySelector($"tr[data-event='{another.Id}']"));
            Assert.Equal(HttpStatusCode.Forbidden, (await organiser.GetAsync($"/fairs/manage/{another.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await organiser.GetAsync("/fairs/manage/new")).StatusCode);
            var sme = await PortalClient.SignedInAsync(portal, "sme@example.jp");
            Assert.Equal(HttpStatusCode.Forbidden, (await sme.GetAsync(manage)).StatusCode);
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, delegated.Id, another.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnOfficialCreatesAnEventAndABadFormStoresNothing(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var name = $"ものづくり・匠の技の祭典（作成試験 {Guid.NewGuid():N}）"[..40];
        var fields = new Dictionary<string, string>
        {
            ["InitiativeCode"] = "4-2", ["Type"] = nameof(FairEventType.FestivalBooth), ["NameJa"] = name, ["VenueJa"] = "東京国際フォーラム",
            ["Format"] = "Hybrid", ["OnlineUrl"] = "https://example.jp/takumi", ["StartsOn"] = "2027-08-06", ["EndsOn"] = "2027-08-08",
            ["ApplicationOpensOn"] = "2027-05-01", ["ApplicationClosesOn"] = "2027-04-01",
            ["Categories[0].Code"] = "A", ["Categories[0].NameJa"] = "実演ブース", ["Categories[0].Count"] = "２０", ["Categories[0].Fee"] = "3万",
            ["Categories[1].Code"] = "B", ["Categories[1].NameJa"] = "物販ブース", ["Categories[1].Count"] = "0",
            ["Invited"] = "15",
        };
        var refused = await official.PostFormAsync("/fairs/manage/new", "/fairs/manage/new", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("申込の締切が受付開始より前です。", page.QuerySelector("main")!.TextContent);
        Assert.Contains("小間数を1から1,000までの整数で入力してください。", page.QuerySelector("main")!.TextContent);
        Assert.Equal(name, page.QuerySelector("input#NameJa")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Events.AnyAsync(e => e.NameJa == name)));

        fields["ApplicationClosesOn"] = "2027-06-30";
        fields["Categories[1].Count"] = "10";
        var created = await official.PostFormAsync("/fairs/manage/new", "/fairs/manage/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var e = await portal.WithDbAsync(db => db.Events.AsNoTracking().Include(x => x.BoothCategories).Include(x => x.InvitedPrefectures).SingleAsync(x => x.NameJa == name));
        try
        {
            Assert.Equal((FairEventType.FestivalBooth, 2027, "https://example.jp/takumi"), (e.Type, e.FiscalYear, e.OnlineUrl));
            Assert.Equal([("A", 20, (long?)30_000), ("B", 10, null)], e.BoothCategories.OrderBy(c => c.SortOrder).Select(c => (c.Code, c.Count, c.FeeYen)));
            Assert.Equal("15", Assert.Single(e.InvitedPrefectures).PrefectureCode);
            Assert.EndsWith($"/fairs/manage/{e.Id}?done=saved", created.Headers.Location!.OriginalString);
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, e.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditingKeepsTheBoothsAlreadyGivenAndTheCategoriesInUse(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "編集される催し（試験）", boothsOfB: 4);
        try
        {
            var selected = await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal)).EnterpriseId, "A", ApplicationStatus.Selected);
            await portal.WithDbAsync(async db =>
            {
                var application = await db.ExhibitorApplications.SingleAsync(a => a.Id == selected.Id);
                application.AllocateBooth(3, 3, DateTime.UtcNow);
                return await db.SaveChangesAsync();
            });
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            var edit = $"/fairs/manage/{fair.Id}/edit";
            var (_, form) = await official.GetPageAsync(edit);
            var fields = form.QuerySelectorAll("form[action$='/edit'] input, form[action$='/edit'] select")
                .Where(i => i.GetAttribute("name") is { } n && n != "__RequestVerificationToken" && (i.GetAttribute("type") != "checkbox" || i.HasAttribute("checked")))
                .Select(i => (Name: i.GetAttribute("name")!, Value: i.LocalName == "select" ? i.QuerySelector("option[selected]")?.GetAttribute("value") ?? "" : i.GetAttribute("value") ?? ""))
                .GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Value);
            Assert.Equal("A", fields["Categories[0].Code"]);

            // A (3 booths, booth A-3 given) cannot shrink to 2; B (applications none) can go.
            fields["Categories[0].Count"] = "2";
            fields["Categories[1].Code"] = fields["Categories[1].NameJa"] = fields["Categories[1].Count"] = "";
            var refused = await official.PostFormAsync(edit, edit, fields);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("選定済みの出展者や割当済みの小間より少なくはできません。", await refused.Content.ReadAsStringAsync());
            Assert.Equal(2, await portal.WithDbAsync(db => db.BoothCategories.CountAsync(c => c.EventId == fair.Id)));

            fields["Categories[0].Count"] = "5";
            fields["NameJa"] = "編集された催し（試験）";
            Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, edit, fields)).StatusCode);
            var categories = await portal.WithDbAsync(db => db.BoothCategories.AsNoTracking().Where(c => c.EventId == fair.Id).ToListAsync());
            Assert.Equal(("A", 5), (Assert.Single(categories).Code, categories[0].Count));
            Assert.Equal("編集された催し（試験）", await portal.WithDbAsync(db => db.Events.Where(e => e.Id == fair.Id).Select(e => e.NameJa).SingleAsync()));
            Assert.Equal(3, await portal.WithDbAsync(db => db.ExhibitorApplications.Where(a => a.Id == selected.Id).Select(a => a.BoothNumber).SingleAsync()));
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACompanyWithdrawsAndItsBoothIsFreedForAnother(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "辞退のある催し（試験）");
        try
        {
            var (enterpriseId, email) = await FairsTestData.CompanyAsync(portal);
            var confirmed = await FairsTestData.ApplicationAsync(portal, fair, enterpriseId, "A", ApplicationStatus.Confirmed);
            await portal.WithDbAsync(async db =>
            {
                (await db.ExhibitorApplications.SingleAsync(a => a.Id == confirmed.Id)).AllocateBooth(1, 3, DateTime.UtcNow);
                return await db.SaveChangesAsync();
            });
            var company = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
            var apply = $"/fairs/events/{fair.Id}/apply";
            Assert.Equal(HttpStatusCode.Redirect, (await company.PostFormAsync(apply, $"/fairs/events/{fair.Id}/withdraw", [])).StatusCode);
            var withdrawn = await portal.WithDbAsync(db => db.ExhibitorApplications.AsNoTracking().SingleAsync(a => a.Id == confirmed.Id));
            Assert.Equal((ApplicationStatus.Withdrawn, (int?)null), (withdrawn.Status, withdrawn.BoothNumber));

            var other = await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal, "27")).EnterpriseId, "A", ApplicationStatus.Selected);
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            Assert.Equal(HttpStatusCode.Redirect, (await BoothAsync(official, fair.Id, other.Id, 1)).StatusCode);
            Assert.Equal(1, await portal.WithDbAsync(db => db.ExhibitorApplications.Where(a => a.Id == other.Id).Select(a => a.BoothNumber).SingleAsync()));
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }

    private static Task<int> CategoryIdAsync(PortalFactory portal, int eventId, string code) =>
        portal.WithDbAsync(db => db.BoothCategories.Where(c => c.EventId == eventId && c.Code == code).Select(c => c.Id).SingleAsync());

    private static async Task<HttpResponseMessage> DecideAsync(PortalClient client, int eventId, int applicationId, ApplicationDecision decision)
    {
        var manage = $"/fairs/manage/{eventId}";
        var (_, page) = await client.GetPageAsync(manage);
        var action = $"{manage}/applications/{applicationId}/decide";
        var version = page.QuerySelector($"tr[data-application='{applicationId}'] input[name=version]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["decision"] = decision.ToString(), ["version"] = version, ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page),
        }));
    }

    private static async Task<HttpResponseMessage> BoothAsync(PortalClient client, int eventId, int applicationId, int booth)
    {
        var manage = $"/fairs/manage/{eventId}";
        var (_, page) = await client.GetPageAsync(manage);
        var action = $"{manage}/applications/{applicationId}/booth";
        return await client.PostFormAsync(manage, action, new Dictionary<string, string>
        {
            ["booth"] = booth.ToString(), ["version"] = PortalClient.HiddenValue(page, action, "version"),
        });
    }
}
