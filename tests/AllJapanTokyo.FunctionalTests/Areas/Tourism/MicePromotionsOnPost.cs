using System.Net;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

/// <summary>
/// The joint promotions with the MICE partner cities: Tokyo staff add, edit and remove them; the public MICE page lists
/// them by fiscal year with the prefectures involved, in every language, at once (a published page). Each rule refuses
/// with the form keeping what was typed and nothing stored; a prefecture's staff are refused (403) and anonymous
/// visitors sent to sign in, nothing stored. The seeded partner cities stay as the report lists them.
/// </summary>
[Collection(TourismWorkCollection.Name)]
public sealed class MicePromotionsOnPost(PortalFixture fixture)
{
    private const string New = "/tourism/mice/promotions/new";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TokyoStaffAddAPromotionAndThePublicPageShowsItByFiscalYearInEveryLanguage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var kyoto = await PartnerAsync(portal, "京都市");
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (before, _) = await PortalClient.For(portal).GetPageAsync("/tourism/mice");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var saved = await official.PostFormAsync(New, New, Form(kyoto, "2019", "（試験）京都・東京 MICE合同商談会", "JointBusinessMeeting", "2019-10-01", "2019-10-03", "（試験）商談42件", "26", "13"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await portal.WithDbAsync(db => db.MicePromotions.Where(p => p.TitleJa == "（試験）京都・東京 MICE合同商談会").Select(p => p.Id).SingleAsync());

        var kyotoPrefecture = await portal.WithDbAsync(db => db.Prefectures.Where(p => p.Code == "26").Select(p => p.Name).SingleAsync());
        foreach (var (prefix, kind, kyotoName) in new[] { ("", "合同商談会", kyotoPrefecture.Ja), ("/en", Texts.En("合同商談会"), kyotoPrefecture.En), ("/zh-hans", Texts.ZhHans("合同商談会"), kyotoPrefecture.ZhHans!), ("/ko", Texts.Ko("合同商談会"), kyotoPrefecture.Ko!) })
        {
            var (response, page) = await PortalClient.For(portal).GetPageAsync($"{prefix}/tourism/mice");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var item = page.QuerySelector($"section[data-fiscal-year='2019'] li[data-promotion='{id}']")!;
            Assert.Equal("（試験）京都・東京 MICE合同商談会", item.QuerySelector("[data-title]")!.TextContent.Trim());
            Assert.Equal(kind, item.QuerySelector("[data-kind]")!.TextContent.Trim());
            Assert.Equal(["13", "26"], item.QuerySelectorAll("[data-prefecture]").Select(li => li.GetAttribute("data-prefecture")!));
            Assert.Contains(kyotoName, item.QuerySelector("[data-prefecture='26']")!.TextContent);
            Assert.Contains("（試験）商談42件", item.TextContent);
        }

        var edit = $"/tourism/mice/promotions/{id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, edit, Form(kyoto, "2019", "（試験）京都・東京 MICE視察", "Inspection", "2019-11-05", "", "", "26"))).StatusCode);
        var (_, english) = await PortalClient.For(portal).GetPageAsync("/en/tourism/mice");
        var edited = english.QuerySelector($"li[data-promotion='{id}']")!;
        Assert.Equal(Texts.En("視察"), edited.QuerySelector("[data-kind]")!.TextContent.Trim());
        Assert.Equal(["26"], edited.QuerySelectorAll("[data-prefecture]").Select(li => li.GetAttribute("data-prefecture")!));
        Assert.Null(await portal.WithDbAsync(db => db.MicePromotions.Where(p => p.Id == id).Select(p => p.EndDate).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, $"/tourism/mice/promotions/{id}/remove", [])).StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.MicePromotions.AnyAsync(p => p.Id == id)));
        Assert.False(await portal.WithDbAsync(db => db.MicePromotionPrefectures.AnyAsync(p => p.MicePromotionId == id)));
        var (_, after) = await PortalClient.For(portal).GetPageAsync("/tourism/mice");
        Assert.Null(after.QuerySelector($"li[data-promotion='{id}']"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EachRuleRefusesWithTheFormKeepingWhatWasTypedAndNothingStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fukushima = await PartnerAsync(portal, "福島県");
        var routePartner = await portal.WithDbAsync(db => db.TourismPartnerships.Where(p => p.InitiativeCode == "5-1").Select(p => p.Id).FirstAsync());
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var count = await portal.WithDbAsync(db => db.MicePromotions.CountAsync());

        async Task<(string Field, string Problem)[]> RefusedAsync(Dictionary<string, string> form)
        {
            var response = await official.PostFormAsync(New, New, form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(form["Title"], page.QuerySelector("#Title")!.GetAttribute("value") ?? "");
            return page.QuerySelectorAll("#error-summary li").Select(li => (li.GetAttribute("data-field")!, li.GetAttribute("data-problem")!)).ToArray();
        }

        // Nothing given at all.
        Assert.Equal(
            [("partner", "PartnerRequired"), ("fiscal_year", "FiscalYearRequired"), ("title", "TitleRequired"), ("kind", "KindRequired"), ("start", "DateRequired"), ("prefectures", "PrefectureRequired")],
            await RefusedAsync(new Dictionary<string, string> { ["FiscalYear"] = "", ["Title"] = "", ["Kind"] = "", ["Start"] = "" }));
        // A date outside the fiscal year (FY2020 ends on 31 March 2021).
        Assert.Equal([("start", "DateOutsideFiscalYear")], await RefusedAsync(Form(fukushima, "2020", "（試験）年度違い", "Promotion", "2021-04-01", "", "", "07")));
        Assert.Equal([("start", "DateOutsideFiscalYear")], await RefusedAsync(Form(fukushima, "2020", "（試験）年度またぎ", "Promotion", "2021-03-30", "2021-04-02", "", "07")));
        // An end before the start.
        Assert.Equal([("end", "PeriodReversed")], await RefusedAsync(Form(fukushima, "2020", "（試験）逆順", "Promotion", "2020-06-10", "2020-06-01", "", "07")));
        // Fukushima became a partner in FY2019.
        Assert.Equal([("fiscal_year", "NotPartnerThatYear")], await RefusedAsync(Form(fukushima, "2018", "（試験）連携前", "Promotion", "2018-06-10", "", "", "07")));
        // A partner of another measure is no MICE partner city.
        Assert.Equal([("partner", "PartnerRequired")], await RefusedAsync(Form(routePartner, "2020", "（試験）別施策", "Promotion", "2020-06-10", "", "", "07")));
        // Prefectures: only JIS codes of the list.
        Assert.Equal([("prefectures", "UnknownPrefecture")], await RefusedAsync(Form(fukushima, "2020", "（試験）不明な県", "Promotion", "2020-06-10", "", "", "07", "48")));
        // Kind and title.
        Assert.Equal([("kind", "KindRequired")], await RefusedAsync(Form(fukushima, "2020", "（試験）種類", "7", "2020-06-10", "", "", "07")));
        Assert.Equal([("title", "TooLong")], await RefusedAsync(Form(fukushima, "2020", new string('長', MicePromotion.TitleMaxLength + 1), "Promotion", "2020-06-10", "", "", "07")));

        // The refused form keeps every field as typed, and says why in the reader's language.
        var english = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var refused = await english.PostFormAsync("/en" + New, "/en" + New, Form(fukushima, "２０２０", "（試験）英語で", "Inspection", "2021-04-01", "", "（試験）成果", "07", "13"));
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(Texts.En("実施日はその年度（4月1日～翌年3月31日）の中の日付にしてください。"), page.QuerySelector("#error-summary li")!.TextContent.Trim());
        Assert.Equal("２０２０", page.QuerySelector("#FiscalYear")!.GetAttribute("value"));
        Assert.Equal("2021-04-01", page.QuerySelector("#Start")!.GetAttribute("value"));
        Assert.Equal("（試験）成果", page.QuerySelector("#Outcome")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Kind option[value='Inspection'][selected]"));
        Assert.NotNull(page.QuerySelector($"#PartnerId option[value='{fukushima}'][selected]"));
        Assert.NotNull(page.QuerySelector("#pref-07[checked]"));
        Assert.NotNull(page.QuerySelector("#pref-13[checked]"));
        Assert.Null(page.QuerySelector("#pref-01[checked]"));

        Assert.Equal(count, await portal.WithDbAsync(db => db.MicePromotions.CountAsync()));

        // Full-width digits are a fiscal year as typed (the one rule for typed numbers).
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(New, New, Form(fukushima, "２０２０", "（試験）全角の年度", "Promotion", "2020-06-10", "", "", "07"))).StatusCode);
        Assert.Equal(2020, await portal.WithDbAsync(db => db.MicePromotions.Where(p => p.TitleJa == "（試験）全角の年度").Select(p => p.FiscalYear).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyTokyoStaffMayChangePromotionsAndAnyoneElseStoresNothing(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var sapporo = await PartnerAsync(portal, "札幌市");
        var demo = await portal.WithDbAsync(db => db.MicePromotions.Where(p => p.TitleJa == TourismDemoSeeder.PromotionTitle).Select(p => p.Id).SingleAsync());
        var count = await portal.WithDbAsync(db => db.MicePromotions.CountAsync());
        var form = Form(sapporo, "2020", "（試験）乗っ取り", "Promotion", "2020-06-10", "", "", "01");

        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync(New)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync($"/tourism/mice/promotions/{demo}/edit")).StatusCode);
        var token = PortalClient.AntiforgeryToken((await niigata.GetPageAsync("/tourism/info-centres/import")).Document);
        foreach (var action in new[] { New, $"/tourism/mice/promotions/{demo}/edit", $"/tourism/mice/promotions/{demo}/remove" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await niigata.Http.PostAsync(action, new FormUrlEncodedContent(form.Append(new("__RequestVerificationToken", token))))).StatusCode);
            var anonymous = await PortalClient.For(portal).PostWithoutTokenAsync(action, form);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(count, await portal.WithDbAsync(db => db.MicePromotions.CountAsync()));
        Assert.Equal(TourismDemoSeeder.PromotionTitle, await portal.WithDbAsync(db => db.MicePromotions.Where(p => p.Id == demo).Select(p => p.TitleJa).SingleAsync()));

        // Tokyo staff without the antiforgery token are refused too.
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        Assert.Equal(HttpStatusCode.BadRequest, (await official.PostWithoutTokenAsync(New, form)).StatusCode);
        Assert.Equal(count, await portal.WithDbAsync(db => db.MicePromotions.CountAsync()));

        // The public page shows the demonstration promotion marked fictitious, and no edit link to a visitor.
        var (_, page) = await PortalClient.For(portal).GetPageAsync("/tourism/mice");
        var item = page.QuerySelector($"section[data-fiscal-year='2020'] li[data-promotion='{demo}']")!;
        Assert.Contains("架空", item.QuerySelector(".badge.text-bg-warning")!.TextContent);
        Assert.Null(page.QuerySelector("a[href$='/edit']"));
        Assert.Null(page.QuerySelector($"a[href='{New}']"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThePartnerCitiesStayAsTheReportListsThemAndTheTourismPageLinksThePromotions(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, page) = await PortalClient.For(portal).GetPageAsync("/en/tourism/mice");
        var names = await portal.WithDbAsync(db => db.TourismPartnerships.Where(p => p.InitiativeCode == "5-2").OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        Assert.Equal(7, names.Count);
        Assert.Equal(names.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)), page.QuerySelectorAll("#mice-partners li").Select(li => li.GetAttribute("data-partner")!));
        var (_, tourism) = await PortalClient.For(portal).GetPageAsync("/en/tourism");
        Assert.Equal("/en/tourism/mice", tourism.QuerySelector("a[data-mice-link]")!.GetAttribute("href"));
    }

    private static Task<int> PartnerAsync(PortalFactory portal, string nameJa) =>
        portal.WithDbAsync(db => db.TourismPartnerships.Where(p => p.InitiativeCode == "5-2" && p.PartnerJa == nameJa).Select(p => p.Id).SingleAsync());

    private static Dictionary<string, string> Form(int partner, string fiscalYear, string title, string kind, string start, string end, string outcome, params string[] prefectures) =>
        FormOf(partner, fiscalYear, title, kind, start, end, outcome, prefectures);

    private static Dictionary<string, string> FormOf(int partner, string fiscalYear, string title, string kind, string start, string end, string outcome, string[] prefectures)
    {
        var form = new Dictionary<string, string>
        {
            ["PartnerId"] = partner.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FiscalYear"] = fiscalYear,
            ["Title"] = title,
            ["Kind"] = kind,
            ["Start"] = start,
            ["End"] = end,
            ["Outcome"] = outcome,
        };
        for (var i = 0; i < prefectures.Length; i++)
        {
            form[$"Prefectures[{i}]"] = prefectures[i];
        }

        return form;
    }
}
