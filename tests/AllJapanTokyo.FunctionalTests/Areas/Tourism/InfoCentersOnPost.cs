using System.Globalization;
using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

/// <summary>
/// The tourist information centres: staff give a centre its address, hours, languages and JNTO category, and closure
/// periods; the public list and page say in every language whether it is open now (a closure overriding the weekly
/// hours), a centre without hours says so. Only Tokyo staff and the centre's prefecture's staff keep it: another
/// prefecture's staff are refused with nothing stored, as are bad hours and periods, the form keeping what was typed.
/// The CSV import obeys the same rules and stores nothing while any line is refused.
/// </summary>
[Collection(TourismWorkCollection.Name)]
public sealed class InfoCentersOnPost(PortalFixture fixture)
{
    private const string AllDay = "0:00-24:00";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StaffGiveACentreItsHoursAndEveryLanguageSaysItIsOpenUntilAClosureCoversToday(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await CenterAsync(portal, "東京都庁");
        var edit = $"/tourism/info-centres/{id}/edit";
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var saved = await official.PostFormAsync(edit, edit, Form("東京都新宿区西新宿2-8-1", "3", "en,zh,ko", Enumerable.Repeat(AllDay, 7).ToArray()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var (prefix, open) in new[] { ("", "いま開いています（本日 {0}）"), ("/en", Texts.En("いま開いています（本日 {0}）")), ("/zh-hans", Texts.ZhHans("いま開いています（本日 {0}）")), ("/ko", Texts.Ko("いま開いています（本日 {0}）")) })
        {
            var (response, page) = await PortalClient.For(portal).GetPageAsync($"{prefix}/tourism/info-centres/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(string.Format(CultureInfo.InvariantCulture, open, "0:00-24:00"), page.QuerySelector("#today [data-state]")!.TextContent.Trim());
            Assert.Contains("東京都新宿区西新宿2-8-1", page.QuerySelector("#address")!.TextContent);
            var (_, list) = await PortalClient.For(portal).GetPageAsync($"{prefix}/tourism/info-centres");
            Assert.Equal("OpenNow", list.QuerySelector($"li[data-center='{id}'] [data-state]")!.GetAttribute("data-state"));
        }

        var (_, korean) = await PortalClient.For(portal).GetPageAsync($"/ko/tourism/info-centres/{id}");
        Assert.Contains(Texts.Ko("JNTO認定 カテゴリーIII"), korean.QuerySelector("#category")!.TextContent);
        Assert.Contains(Texts.Ko("韓国語"), korean.QuerySelector("#languages")!.TextContent);

        var today = Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var closed = await official.PostFormAsync(edit, $"/tourism/info-centres/{id}/closures", Closure(today, Today().AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", "（試験）感染症拡大防止のため"));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var (_, english) = await PortalClient.For(portal).GetPageAsync($"/en/tourism/info-centres/{id}");
        var status = english.QuerySelector("#today")!;
        Assert.Equal("ClosedToday", status.QuerySelector("[data-state]")!.GetAttribute("data-state"));
        Assert.Contains(Texts.En("本日は臨時休業です"), status.TextContent);
        Assert.Contains("（試験）感染症拡大防止のため", status.TextContent);

        // Removed, the weekly hours hold again.
        var closureId = await portal.WithDbAsync(db => db.InfoCenterClosures.Where(c => c.TouristInfoCenterId == id).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, $"/tourism/info-centres/{id}/closures/{closureId}/remove", [])).StatusCode);
        var (_, again) = await PortalClient.For(portal).GetPageAsync($"/tourism/info-centres/{id}");
        Assert.Equal("OpenNow", again.QuerySelector("#today [data-state]")!.GetAttribute("data-state"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACentreNobodyGaveHoursForSaysSoInsteadOfGuessing(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await CenterAsync(portal, "多摩（エキュート立川）");
        foreach (var (prefix, words) in new[] { ("", "開館時間は未登録です"), ("/ko", Texts.Ko("開館時間は未登録です")) })
        {
            var (_, page) = await PortalClient.For(portal).GetPageAsync($"{prefix}/tourism/info-centres/{id}");
            Assert.Equal("HoursNotGiven", page.QuerySelector("#today [data-state]")!.GetAttribute("data-state"));
            Assert.Equal(words, page.QuerySelector("#no-hours")!.TextContent.Trim());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherPrefecturesStaffAreRefusedAndTheCentresOwnPrefectureKeepsIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await CenterAsync(portal, "バスタ新宿");
        var edit = $"/tourism/info-centres/{id}/edit";
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync(edit)).StatusCode);

        var token = PortalClient.AntiforgeryToken((await niigata.GetPageAsync("/tourism/info-centres/import")).Document);
        var form = Form("（試験）乗っ取り", "1", "en", new string[7]);
        form["__RequestVerificationToken"] = token;
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.Http.PostAsync(edit, new FormUrlEncodedContent(form))).StatusCode);
        var closure = Closure("2030-01-01", "2030-01-02", "", "（試験）乗っ取り");
        closure["__RequestVerificationToken"] = token;
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.Http.PostAsync($"/tourism/info-centres/{id}/closures", new FormUrlEncodedContent(closure))).StatusCode);
        var import = await niigata.PostFormAsync("/tourism/info-centres/import", "/tourism/info-centres/import",
            new Dictionary<string, string> { ["text"] = Csv(("バスタ新宿", "（試験）乗っ取り")), ["command"] = "commit" });
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Null(await portal.WithDbAsync(db => db.TouristInfoCenters.Where(c => c.Id == id).Select(c => c.AddressJa).SingleAsync()));
        Assert.False(await portal.WithDbAsync(db => db.InfoCenterClosures.AnyAsync(c => c.TouristInfoCenterId == id)));

        var tokyo = await PortalClient.SignedInAsync(portal, await RouteStopProposalsOnPost.StaffOfAsync(portal, "13"));
        Assert.Equal(HttpStatusCode.Redirect, (await tokyo.PostFormAsync(edit, edit, Form("東京都新宿区新宿4-1-1 バスタ新宿3階", "3", "en", Enumerable.Repeat("6:30-23:00", 7).ToArray()))).StatusCode);
        Assert.Equal("東京都新宿区新宿4-1-1 バスタ新宿3階", await portal.WithDbAsync(db => db.TouristInfoCenters.Where(c => c.Id == id).Select(c => c.AddressJa).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BadHoursAndPeriodsAreRefusedWithTheFormKeepingWhatWasTyped(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await CenterAsync(portal, "京成上野（駅改札口前）");
        var edit = $"/tourism/info-centres/{id}/edit";
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        var hours = new[] { "18:00-9:00", "8:00-20:00", "25:00-26:00", "", "休", "8:00-20:00", "8:00-20:00" };
        var refused = await official.PostFormAsync(edit, edit, Form("（試験）東京都台東区上野公園1-60", "partner", "en,xx", hours));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(["languages", "mon", "wed"], page.QuerySelectorAll("#error-summary li").Select(li => li.GetAttribute("data-field")!));
        Assert.Equal("18:00-9:00", page.QuerySelector("#Hours_0")!.GetAttribute("value"));
        Assert.Equal("（試験）東京都台東区上野公園1-60", page.QuerySelector("#AddressJa")!.GetAttribute("value"));
        Assert.Equal("en,xx", page.QuerySelector("#Languages")!.GetAttribute("value"));
        Assert.Null(await portal.WithDbAsync(db => db.TouristInfoCenters.Where(c => c.Id == id).Select(c => c.AddressJa).SingleAsync()));
        Assert.False(await portal.WithDbAsync(db => db.InfoCenterHours.AnyAsync(h => h.TouristInfoCenterId == id)));

        var reversed = await official.PostFormAsync(edit, $"/tourism/info-centres/{id}/closures", Closure("2030-05-10", "2030-05-01", "10:00-16:00", "（試験）改装のため"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reversed.StatusCode);
        var closurePage = PortalClient.Parse(await reversed.Content.ReadAsStringAsync());
        Assert.Equal("PeriodReversed", closurePage.QuerySelector("#error-summary li")!.GetAttribute("data-problem"));
        Assert.Equal("（試験）改装のため", closurePage.QuerySelector("#closure-reason")!.GetAttribute("value"));
        Assert.Equal("10:00-16:00", closurePage.QuerySelector("#closure-hours")!.GetAttribute("value"));
        var noReason = await official.PostFormAsync(edit, $"/tourism/info-centres/{id}/closures", Closure("2030-05-01", "2030-05-10", "16:00-10:00", " "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(["hours", "reason"], PortalClient.Parse(await noReason.Content.ReadAsStringAsync()).QuerySelectorAll("#error-summary li").Select(li => li.GetAttribute("data-field")!));
        Assert.False(await portal.WithDbAsync(db => db.InfoCenterClosures.AnyAsync(c => c.TouristInfoCenterId == id)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheImportChecksEveryLineByTheFormsRulesAndStoresNothingUntilAllPass(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await CenterAsync(portal, "羽田空港（第３ターミナル）");
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        const string Import = "/tourism/info-centres/import";

        var bad = await official.PostFormAsync(Import, Import, new Dictionary<string, string>
        {
            ["text"] = Csv(("羽田空港（第３ターミナル）", "東京都大田区羽田空港2-6-5"), ("（試験）存在しない案内所", "どこか")),
            ["command"] = "commit",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("3", PortalClient.Parse(await bad.Content.ReadAsStringAsync()).QuerySelector("#import-result li")!.GetAttribute("data-line"));
        Assert.Null(await portal.WithDbAsync(db => db.TouristInfoCenters.Where(c => c.Id == id).Select(c => c.AddressJa).SingleAsync()));

        var good = await official.PostFormAsync(Import, Import, new Dictionary<string, string> { ["text"] = Csv(("羽田空港（第３ターミナル）", "東京都大田区羽田空港2-6-5")), ["command"] = "commit" });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("東京都大田区羽田空港2-6-5", await portal.WithDbAsync(db => db.TouristInfoCenters.Where(c => c.Id == id).Select(c => c.AddressJa).SingleAsync()));
        Assert.Equal(7, await portal.WithDbAsync(db => db.InfoCenterHours.CountAsync(h => h.TouristInfoCenterId == id && h.OpensMinute == 0 && h.ClosesMinute == 1440)));
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    private static Task<int> CenterAsync(PortalFactory portal, string nameJa) =>
        portal.WithDbAsync(db => db.TouristInfoCenters.Where(c => c.NameJa == nameJa).Select(c => c.Id).SingleAsync());

    private static string Csv(params (string Name, string Address)[] lines) =>
        "name_ja,address_ja,jnto_category,languages,mon,tue,wed,thu,fri,sat,sun\n"
        + string.Concat(lines.Select(l => $"{l.Name},{l.Address},3,\"en,zh,ko\",{string.Join(",", Enumerable.Repeat(AllDay, 7))}\n"));

    private static Dictionary<string, string> Form(string address, string category, string languages, string?[] hours)
    {
        var form = new Dictionary<string, string> { ["AddressJa"] = address, ["JntoCategory"] = category, ["Languages"] = languages };
        for (var i = 0; i < 7; i++)
        {
            form[$"Hours[{i}]"] = hours[i] ?? "";
        }

        return form;
    }

    private static Dictionary<string, string> Closure(string from, string until, string hours, string reason) => new()
    {
        ["From"] = from,
        ["Until"] = until,
        ["Hours"] = hours,
        ["Reason"] = reason,
    };
}
