using System.Net;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AngleSharp.Html.Dom;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

[Collection(PortalCollection.Name)]
public sealed class TenderSearchOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowsTheProgrammeFiguresAndTheNamedBuyers(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/procurement");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var figures = page.QuerySelector("section[aria-labelledby=figures-heading]")!.TextContent;
        Assert.Contains("令和2年度", figures);
        Assert.Contains("36,000件以上", figures);
        Assert.Contains("29団体", figures);
        Assert.Contains("6名", figures);
        var buyers = page.QuerySelector("section[aria-labelledby=buyers-heading]")!.TextContent;
        Assert.Contains("株式会社東京ビッグサイト", buyers);
        Assert.Contains("株式会社東京国際フォーラム", buyers);
        Assert.Contains("公益財団法人東京オリンピック・パラリンピック競技大会組織委員会", buyers);
    }

    [Fact]
    public async Task TheSearchFormAndItsResultsComeBeforeTheProgrammeFigures()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/procurement");

        var order = page.QuerySelectorAll("main form[role=search], main table, main section[aria-labelledby=figures-heading], main section[aria-labelledby=buyers-heading]")
            .Select(e => e.LocalName == "section" ? e.GetAttribute("aria-labelledby") : e.LocalName)
            .ToList();
        Assert.Equal(["form", "table", "figures-heading", "buyers-heading"], order);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeywordPrefectureAndCategoryFindOnlyTheMatchingTender(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        var wanted = await ProcurementTestData.InsertTenderAsync(portal, $"{word} 多言語翻訳業務");
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 大阪での翻訳業務", t => t.DeliveryPrefectureCode = "27");
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 記念品の購入", t => t.Category = TenderCategory.Goods);
        await ProcurementTestData.InsertTenderAsync(portal, "別の案件 多言語翻訳業務");

        var (response, page) = await PortalClient.For(portal).GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}&prefecture=15&category=services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Rows(page);
        var row = Assert.Single(rows);
        Assert.Contains(wanted.Title, row.TextContent);
        Assert.Contains("新潟県", row.TextContent);
        Assert.Contains("役務", row.TextContent);
        Assert.Contains("入札受付中", row.TextContent);
        Assert.Equal($"/procurement/tenders/{wanted.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("1件中 1〜1件目", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("15", page.QuerySelector("#prefecture option[selected]")!.GetAttribute("value"));
        Assert.Equal(word, page.QuerySelector("#q")!.GetAttribute("value"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryWordMustAppearInTheTitleOrTheDescription(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        var inDescription = await ProcurementTestData.InsertTenderAsync(portal, "会場警備業務委託", t => t.Description = $"{word}の会場で、警備員を配置する業務です。");
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 清掃業務委託");

        var (_, both) = await PortalClient.For(portal).GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}");
        var (_, narrowed) = await PortalClient.For(portal).GetPageAsync($"/procurement?q={Uri.EscapeDataString(word + "　警備")}");

        Assert.Equal(2, Rows(both).Count);
        Assert.Contains(inDescription.Title, Assert.Single(Rows(narrowed)).TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpenTendersComeFirstByNearestDeadlineThenClosedOnesByLatestAcrossPages(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        var now = DateTime.UtcNow;
        // 12 open and 13 closed, inserted out of order: page 1 holds the 12 open ones and the 8 latest closed ones.
        var open = Enumerable.Range(1, 12).Select(d => now.AddDays(d * 7 % 13 + 1)).ToList();
        var closed = Enumerable.Range(1, 13).Select(d => now.AddDays(-(d * 5 % 14) - 1)).ToList();
        foreach (var end in closed.Concat(open).OrderBy(e => e.Ticks % 7))
        {
            await ProcurementTestData.InsertTenderAsync(
                portal,
                $"{word} 締切{end:yyyyMMdd}",
                t => (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (end.AddDays(-30), end.AddDays(-20), end),
                publishedAtUtc: end.AddDays(-40));
        }

        var client = PortalClient.For(portal);
        var (_, first) = await client.GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}");
        var (_, second) = await client.GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}&page=2");

        var expected = open.Order().Concat(closed.OrderDescending()).Select(e => $"締切{e:yyyyMMdd}").ToList();
        var listed = Rows(first).Concat(Rows(second)).Select(r => r.QuerySelector("a")!.TextContent.Trim().Split(' ')[^1]).ToList();
        Assert.Equal(20, Rows(first).Count);
        Assert.Equal(expected, listed);
        Assert.Contains("25件中 21〜25件目", second.QuerySelector("[role=status]")!.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StatusFollowsTheClockAndFiltersInTheDatabase(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        var now = DateTime.UtcNow;
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 受付前", t => (t.TenderStartUtc, t.TenderEndUtc, t.EnquiryEndUtc) = (now.AddDays(5), now.AddDays(15), now.AddDays(4)));
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 受付中");
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 締切後", t => (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(-30), now.AddDays(-20), now.AddDays(-10)));
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 落札済み", t => (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(-90), now.AddDays(-80), now.AddDays(-70)), status: TenderStatus.Awarded);
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 下書き", status: TenderStatus.Draft);

        var client = PortalClient.For(portal);
        var q = Uri.EscapeDataString(word);
        Assert.Contains("受付前", Assert.Single(Rows((await client.GetPageAsync($"/procurement?q={q}&status=published")).Document)).TextContent);
        Assert.Contains("受付中", Assert.Single(Rows((await client.GetPageAsync($"/procurement?q={q}&status=tendering")).Document)).TextContent);
        var closed = Assert.Single(Rows((await client.GetPageAsync($"/procurement?q={q}&status=evaluation")).Document));
        Assert.Contains("締切後", closed.TextContent);
        Assert.Contains("開札・審査中", closed.TextContent);
        Assert.Contains("落札者決定", Assert.Single(Rows((await client.GetPageAsync($"/procurement?q={q}&status=awarded")).Document)).TextContent);

        // Deadline order: open tenders first, nearest deadline on top; drafts never appear.
        var all = Rows((await client.GetPageAsync($"/procurement?q={q}")).Document).Select(r => r.TextContent).ToList();
        Assert.Equal(4, all.Count);
        Assert.Contains("受付中", all[0]);
        Assert.Contains("受付前", all[1]);
        Assert.Contains("締切後", all[2]);
        Assert.Contains("落札済み", all[3]);
        Assert.DoesNotContain(all, r => r.Contains("下書き", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyntheticTendersCarryTheBadge()
    {
        var word = ProcurementTestData.UniqueWord();
        await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{word} 架空の案件", t => t.IsSynthetic = true);
        await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{word} 実在の案件", t => t.TenderEndUtc = DateTime.UtcNow.AddDays(20));

        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}");

        var rows = Rows(page);
        Assert.Equal(2, rows.Count);
        Assert.Equal("架空データ", rows.Single(r => r.TextContent.Contains("架空の案件", StringComparison.Ordinal)).QuerySelector(".badge-synthetic")?.TextContent);
        Assert.Null(rows.Single(r => r.TextContent.Contains("実在の案件", StringComparison.Ordinal)).QuerySelector(".badge-synthetic"));
    }

    [Theory]
    [InlineData("prefecture=99", "都道府県コード「99」は正しくありません")]
    [InlineData("category=foo", "種別「foo」は選べません")]
    [InlineData("page=-1", "ページ番号「-1」は表示できません")]
    [InlineData("page=abc", "ページ番号「abc」は表示できません")]
    [InlineData("status=draft", "状況「draft」は選べません")]
    [InlineData("sort=cheapest", "並び順「cheapest」は選べません")]
    public async Task BadFilterValuesAreExplainedInJapaneseAndIgnored(string query, string message)
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, unfiltered) = await client.GetPageAsync("/procurement");
        var (response, page) = await client.GetPageAsync("/procurement?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(unfiltered.QuerySelector("p[role=status]")!.TextContent.Trim(), page.QuerySelector("p[role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task SeveralBadValuesTogetherStillAnswer200()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/procurement?prefecture=99&category=foo&page=-1&status=%3Cscript%3E&q=" + new string('あ', 300));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.QuerySelector("[role=alert]")!;
        Assert.Equal(5, alert.QuerySelectorAll("li").Length);
        Assert.Contains("キーワードは100文字", alert.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PageLinksKeepTheFilters(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        for (var i = 0; i < 23; i++)
        {
            await ProcurementTestData.InsertTenderAsync(portal, $"{word} 外構整備工事 第{i + 1}工区", t => t.Category = TenderCategory.Works);
        }

        var client = PortalClient.For(portal);
        var (_, first) = await client.GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}&category=works&sort=newest");
        Assert.Equal(20, Rows(first).Count);
        Assert.Contains("23件中 1〜20件目", first.QuerySelector("p[role=status]")!.TextContent);

        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("q=" + Uri.EscapeDataString(word), next);
        Assert.Contains("category=works", next);
        Assert.Contains("sort=newest", next);
        Assert.Contains("page=2", next);

        var (_, second) = await client.GetPageAsync(next);
        Assert.Equal(3, Rows(second).Count);
        Assert.Contains("23件中 21〜23件目", second.QuerySelector("p[role=status]")!.TextContent);
        // Newest first: the first tender written is the last one listed.
        Assert.Contains("第1工区", Rows(second).Last().TextContent);
    }

    [Fact]
    public async Task APageBeyondTheLastFallsBackToTheFirst()
    {
        var word = ProcurementTestData.UniqueWord();
        await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{word} 空調設備改修工事");

        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}&page=7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ページ番号「7」は表示できません", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Single(Rows(page));
    }

    [Fact]
    public async Task EnglishReadersGetEnglishLabels()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, page) = await client.GetPageAsync("/en/procurement?prefecture=99");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(Texts.En("{0}{1}以上", "36,000", "companies"), page.Body!.TextContent);
        Assert.Contains(Texts.En("案件を探す"), page.Body.TextContent);
        Assert.Contains(Texts.En("都道府県コード「{0}」は正しくありません（01〜47）。都道府県を指定せずに表示しています。", "99"), page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Theory]
    [InlineData("zh-hans", "zh-Hans")]
    [InlineData("ko", "ko")]
    public async Task ChineseAndKoreanReadersSearchInTheirLanguageAndStayInIt(string prefix, string language)
    {
        var word = ProcurementTestData.UniqueWord();
        var tender = await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{word} 多言語翻訳業務");

        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/{prefix}/procurement?q={Uri.EscapeDataString(word)}&category=services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        var text = Texts.In(PortalLanguage.FromUrlPrefix(prefix)!, "入札受付中");
        var row = Assert.Single(Rows(page));
        Assert.Contains(text, row.TextContent);
        Assert.Contains(Texts.In(PortalLanguage.FromUrlPrefix(prefix)!, "役務"), row.TextContent);
        // The title exists in Japanese only, and says so; the links made by route keep the language.
        Assert.Equal(tender.Title, row.QuerySelector("a span[lang=ja]")!.TextContent);
        Assert.Equal($"/{prefix}/procurement/tenders/{tender.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        var csv = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href")?.Contains("tenders.csv", StringComparison.Ordinal) == true);
        Assert.Equal($"/{prefix}/procurement/tenders.csv?q={Uri.EscapeDataString(word)}&category=services", csv.GetAttribute("href"));
        Assert.Equal($"/{prefix}/procurement", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
    }

    private static List<IHtmlTableRowElement> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("main table tbody tr").OfType<IHtmlTableRowElement>().ToList();
}
