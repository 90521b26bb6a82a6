using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Dom;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>
/// The dashboards, profiles and reports read in English and Korean without a Japanese word of their own: Japanese
/// appears only where the data exists in Japanese alone (event names, venues, notes, company names), marked lang="ja".
/// Links made by route keep the language.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class DashboardInEveryLanguage(PortalFixture fixture)
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        string[] pages =
        [
            "/dashboard?fy=2020", "/dashboard?fy=2018&view=bars&sort=value&highlight=47", "/dashboard?fy=2020&indicator=events",
            "/dashboard?fy=abc&view=pie&sort=x&highlight=99&indicator=zz", "/dashboard/matrix", "/dashboard/matrix?fy=2019",
            "/dashboard/trends", "/dashboard/trends/6-6/events_held", "/dashboard/procurement", "/dashboard/initiatives/4-2",
            "/prefectures", "/prefectures/18", "/prefectures/27", "/reports", "/reports/2020",
        ];
        foreach (var page in pages)
        {
            data.Add("en", page);
            data.Add("ko", page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task NoJapaneseOutsideJapaneseOnlyDataAndLinksStayInTheLanguage(string prefix, string path)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/{prefix}{path}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!;
        var japanese = main.Descendants<IText>()
            .Where(t => Japanese().IsMatch(t.Data) && t.ParentElement?.Closest("[lang='ja']") is null)
            .Select(t => $"<{t.ParentElement?.LocalName}> {t.Data.Trim()}")
            .Distinct()
            .ToList();
        Assert.True(japanese.Count == 0, $"/{prefix}{path} shows Japanese unmarked:\n{string.Join('\n', japanese.Take(20))}");

        var attributes = main.QuerySelectorAll("[aria-label], [title], abbr")
            .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title") })
            .OfType<string>()
            .Where(a => Japanese().IsMatch(a))
            .ToList();
        Assert.True(attributes.Count == 0, $"/{prefix}{path} has Japanese in attributes:\n{string.Join('\n', attributes.Take(10))}");

        var links = main.QuerySelectorAll("a[href^='/'], form[action^='/']")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
            .Where(h => h != $"/{prefix}" && !h.StartsWith($"/{prefix}/", StringComparison.Ordinal))
            .ToList();
        Assert.True(links.Count == 0, $"/{prefix}{path} links out of its language:\n{string.Join('\n', links.Take(10))}");
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}（）「」：、]")]
    private static partial Regex Japanese();
}
