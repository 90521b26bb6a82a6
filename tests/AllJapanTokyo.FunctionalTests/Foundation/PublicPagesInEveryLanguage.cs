using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>
/// A visitor reading Chinese or Korean follows every link of the public pages from the home page: each page answers, stays
/// in the language, and needs no text the translation lacks (the portal records every key it had to fall back on).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PublicPagesInEveryLanguage(PortalFixture fixture)
{
    /// <summary>Enough for every kind of public page; query-string variants of one page are followed a few times only.</summary>
    private const int MaxPages = 400;

    private const int MaxVariantsPerPath = 3;

    private static readonly string[] Downloads = [".csv", ".xlsx", ".json", ".ics", ".pdf", ".jsonl", ".gz"];

    [Theory]
    [InlineData("en")]
    [InlineData("zh-hans")]
    [InlineData("ko")]
    public async Task EveryLinkedPublicPageAnswersInTheLanguageWithNoMissingText(string prefix)
    {
        var language = PortalLanguage.FromUrlPrefix(prefix)!;
        var client = PortalClient.For(fixture.Sqlite);
        var queue = new Queue<string>([$"/{prefix}/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { $"/{prefix}/" };
        var variants = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;

        while (queue.Count > 0 && visited < MaxPages)
        {
            var url = queue.Dequeue();
            visited++;
            var (response, page) = await client.GetPageAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login", StringComparison.Ordinal))
            {
                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url} answered {(int)response.StatusCode}");
                continue;
            }

            // A download whose address has no file extension (a tender's document, /procurement/tenders/1/documents/2) is no page.
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            // Signed-in work (sign-in, registration) is written in Japanese and English and says so: not a public page.
            if (page.QuerySelector("[role=note].language-fallback") is not null)
            {
                continue;
            }

            if (page.DocumentElement.GetAttribute("lang") != language.Code)
            {
                problems.Add($"{url} is in '{page.DocumentElement.GetAttribute("lang")}'");
            }

            foreach (var href in page.QuerySelectorAll("main a[href], nav a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                if (!path.StartsWith($"/{prefix}/", StringComparison.Ordinal) || Downloads.Any(d => path.Split('?')[0].EndsWith(d, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var bare = path.Split('?')[0];
                if (seen.Add(path) && (variants[bare] = variants.GetValueOrDefault(bare) + 1) <= MaxVariantsPerPath)
                {
                    queue.Enqueue(path);
                }
            }
        }

        var text = fixture.Sqlite.Services.GetRequiredService<PortalText>();
        var missing = text.MissingKeys.Where(m => m.Language == language.Code).Select(m => m.Key).ToList();
        Assert.True(visited > 50, $"Only {visited} pages were reached from /{prefix}/.");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(missing.Count == 0, $"{missing.Count} keys lack their {language.Code} text on public pages:\n{string.Join('\n', missing)}");
    }
}
