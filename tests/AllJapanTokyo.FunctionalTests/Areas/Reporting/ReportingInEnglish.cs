using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>
/// Reporting under /en: every text from the English translation (Japanese only where the data is Japanese, marked
/// lang="ja"), rule and import problems worded from their codes, and links, forms and redirects that stay under /en.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed partial class ReportingInEnglish(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFormRefusesInEnglishAndItsFormsLinksAndRedirectsStayUnderEn(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await OpenReportAsync(portal, 2015);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var url = "/en" + Url(2015);

        var (response, page) = await niigata.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Niigata", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(url, page.QuerySelector("#report-form")!.GetAttribute("action"));
        Assert.Contains(Texts.En("{0}（うちオンライン）", "Exhibiting companies and organisations"), page.QuerySelector("label[for=f-exhibitors-online]")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')), href => Assert.True(IsEnglish(href), href));
        Assert.Contains(page.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href") == url + "/history?indicator=exhibitors");
        AssertNoUnmarkedJapanese(page, url);

        var refused = await PostReportAsync(niigata, url, FairForm(exhibitors: "十二", exhibitorsOnline: "5", cities: "2", command: "submit"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(Texts.En("入力内容に誤りがあります。保存されていません。"), page.QuerySelector("#form-message")!.TextContent.Trim());
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains(Texts.Number(PortalLanguage.English, NumberProblem.NotANumber, ValidationRules.MaxValue), summary, StringComparison.Ordinal);
        Assert.Contains(Texts.En("参加市数がある場合は参加都道府県数も入力してください。"), summary, StringComparison.Ordinal);
        AssertNoUnmarkedJapanese(page, url);

        var saved = await PostReportAsync(niigata, url, FairForm(exhibitors: "12"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(url + "?done=saved", saved.Headers.Location!.ToString());
        (_, page) = await niigata.GetPageAsync(saved.Headers.Location!.ToString());
        Assert.Equal(Texts.En("下書きを保存しました。"), page.QuerySelector("#form-message")!.TextContent.Trim());
        Assert.Equal("12", page.QuerySelector("#f-exhibitors")!.GetAttribute("value"));
    }

    [Fact]
    public async Task EveryReportingPageReadsInEnglishWithNoMissingTextAndLinksStayUnderEn()
    {
        var portal = fixture.Sqlite;
        var pages = new (string Email, string Url)[]
        {
            ("niigata@example.jp", "/en/reporting"),
            ("niigata@example.jp", "/en/reporting/2020/2-3/15"),
            ("niigata@example.jp", "/en/reporting/2020/2-3/15/history"),
            ("niigata@example.jp", "/en/reporting/import"),
            ("official@example.jp", "/en/reporting"),
            ("official@example.jp", "/en/reporting/2020/2-3/15"),
            ("official@example.jp", "/en/reporting/completeness?fy=2020"),
            ("admin@example.jp", "/en/reporting/admin"),
            ("admin@example.jp", "/en/reporting/admin/initiatives/2-3"),
            ("admin@example.jp", "/en/reporting/admin/indicators/exhibitors"),
        };
        foreach (var group in pages.GroupBy(p => p.Email))
        {
            var client = await PortalClient.SignedInAsync(portal, group.Key);
            foreach (var (_, url) in group)
            {
                var (response, page) = await client.GetPageAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
                Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
                AssertNoUnmarkedJapanese(page, url);
                var links = page.QuerySelectorAll("main a[href], main form[action]")
                    .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
                    .Where(h => !h.StartsWith('#'))
                    .ToList();
                Assert.All(links, href => Assert.True(IsEnglish(href), $"{url} links to {href}"));
            }
        }

        var missing = portal.Services.GetRequiredService<PortalText>().MissingKeys.Where(m => m.Language == "en").Select(m => m.Key).ToList();
        Assert.True(missing.Count == 0, $"Reporting pages lack the English of:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public async Task ThePrefecturesStartPageNamesRolesAndFiguresInEnglishAndEventsInJapaneseMarkedAsSuch()
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, "niigata@example.jp");

        var (_, page) = await client.GetPageAsync("/en/reporting");

        Assert.Contains("Niigata", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var fy2017 = page.QuerySelector("section[aria-labelledby=fy-2017]")!;
        Assert.Contains("FY2017", fy2017.TextContent, StringComparison.Ordinal);
        Assert.Contains(fy2017.QuerySelectorAll("[lang=ja]"), e => e.TextContent.Contains("商談会（新潟県燕三条地域）", StringComparison.Ordinal));
        Assert.Contains(Texts.En("承認済み"), fy2017.TextContent, StringComparison.Ordinal);
        var fy2020 = page.QuerySelector("section[aria-labelledby=fy-2020]")!.TextContent;
        Assert.Contains(Texts.En("連携先"), fy2020, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorsRefusedIndicatorIsExplainedWithTheEnglishFieldName()
    {
        var admin = await PortalClient.SignedInAsync(fixture.Sqlite, "admin@example.jp");

        var response = await admin.PostFormAsync("/en/reporting/admin/indicators/venues", "/en/reporting/admin/indicators/venues",
            new Dictionary<string, string> { ["LabelJa"] = "", ["LabelEn"] = "Venues", ["UnitJa"] = "会場", ["UnitEn"] = new string('v', 41) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var alert = PortalClient.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main [role=alert]")!.TextContent;
        Assert.Contains(Texts.En("{0}を入力してください。", Texts.En("名称（日本語）")), alert, StringComparison.Ordinal);
        Assert.Contains(Texts.En("{0}は{1}文字以内にしてください。", Texts.En("単位（英語）"), 40), alert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorsChangesRedirectUnderEnAndSayWhatChanged()
    {
        var admin = await PortalClient.SignedInAsync(fixture.Sqlite, "admin@example.jp");

        var response = await admin.PostFormAsync("/en/reporting/admin/initiatives/2-5?fy=2027", "/en/reporting/admin/initiatives/2-5/assignments",
            [new("fy", "2027"), new("prefectures", "15")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/en/reporting/admin/initiatives/2-5?", location, StringComparison.Ordinal);
        var (_, page) = await admin.GetPageAsync(location);
        Assert.Equal(Texts.En("割当てを更新しました（追加{0}件、削除{1}件、入力済みのため残した報告{2}件）。", 1, 0, 0), page.QuerySelector("main [role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ImportProblemsAreListedInEnglish()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2016);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var csv = "\uFEFFprefecture_code,initiative,fiscal_year,indicator,format,value,qualifier,status,comment\r\n"
            + "15,2-3,2016,exhibitors,,2.5,,held,\r\n"
            + "27,2-3,2016,exhibitors,,5,,held,\r\n"
            + "15,2-3,1900,exhibitors,,5,,held,\r\n"
            + "15,2-3,2016,participating_prefectures,,5,about,held,\r\n";

        var (_, form) = await niigata.GetPageAsync("/en/reporting/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(form, "/en/reporting/import")), "__RequestVerificationToken" },
            { new StringContent("dry-run"), "command" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "results.csv");
        var response = await niigata.Http.PostAsync("/en/reporting/import", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        var problems = page.QuerySelectorAll("#import-problems tbody tr").Select(r => (Line: r.Children[0].TextContent, Text: r.Children[1].TextContent)).ToList();
        Assert.Contains(("2", Texts.En("{0}：{1}", "value", Texts.En("整数で入力してください。"))), problems);
        Assert.Contains(("3", Texts.En("自分の都道府県以外の行は取り込めません。")), problems);
        Assert.Contains(("4", Texts.En("fiscal_year は西暦の年度（例：2020）で入力してください。")), problems);
        Assert.Contains(("5", Texts.En("qualifier は空欄・exact・at_least・approx のいずれかにしてください。")), problems);
        Assert.Equal(Texts.En("{0}件の問題があります。何も書き込んでいません。", 4), page.QuerySelector("#import-result")!.TextContent.Trim());
        AssertNoUnmarkedJapanese(page, "/en/reporting/import");
        Assert.Empty(await ValuesAsync(portal, 2016));
    }

    /// <summary>An address of the English portal: its home page (/en) or a page under it.</summary>
    private static bool IsEnglish(string href) => href == "/en" || href.StartsWith("/en/", StringComparison.Ordinal);

    /// <summary>Japanese in the main part of an English page only where the data is Japanese, marked lang="ja".</summary>
    private static void AssertNoUnmarkedJapanese(IHtmlDocument page, string url)
    {
        var unmarked = page.QuerySelector("main")!.Descendants<IText>()
            .Where(t => Japanese().IsMatch(t.Data) && t.ParentElement?.Closest("[lang]")?.GetAttribute("lang") != "ja")
            .Select(t => t.Data.Trim())
            .ToList();
        Assert.True(unmarked.Count == 0, $"{url} shows Japanese not marked lang=\"ja\":\n{string.Join('\n', unmarked)}");
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();
}
