using System.Net;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Reports;

/// <summary>
/// /reports/{fy}?preview=true: Tokyo staff see values not yet approved, each marked; everyone else gets the published
/// report, which holds approved values only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ProgressReportPreviewOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DraftValueIsOnlyInTheOfficialsPreviewAndMarkedThere(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var note = $"テスト用の未承認値（NEXs Tokyo 連携イベント）{Guid.NewGuid():N}";
        var id = await portal.WithDbAsync(async db =>
        {
            var draft = new IndicatorValue
            {
                InitiativeCode = "2-8",
                FiscalYear = 2020,
                IndicatorCode = "events_held",
                Value = 12,
                NoteJa = note,
                ReviewState = ReviewState.Draft,
            };
            db.IndicatorValues.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });

        try
        {
            // Published: anonymous, with or without asking for a preview, and a prefecture's staff asking for one.
            foreach (var (client, url) in new[]
                     {
                         (PortalClient.For(portal), "/reports/2020"),
                         (PortalClient.For(portal), "/reports/2020?preview=true"),
                         (await PortalClient.SignedInAsync(portal, "niigata@example.jp"), "/reports/2020?preview=true"),
                         (await PortalClient.SignedInAsync(portal, "official@example.jp"), "/reports/2020"),
                     })
            {
                var (response, published) = await client.GetPageAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.DoesNotContain(note, published.Body!.TextContent);
                Assert.Null(published.QuerySelector(".report-preview-banner"));
                Assert.Single(ProgressReportOnGet.Measure(published, "2-8").QuerySelectorAll("table.report-figures tbody tr"));
                Assert.DoesNotContain("未承認", published.QuerySelector("main")!.TextContent);
                if (url.EndsWith("preview=true", StringComparison.Ordinal))
                {
                    Assert.Contains("公開版", published.QuerySelector(".report-preview-refused")!.TextContent);
                }
            }

            // The Tokyo official's preview: the draft is there, marked, under a preview banner.
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            var (previewResponse, preview) = await official.GetPageAsync("/reports/2020?preview=true");
            Assert.Equal(HttpStatusCode.OK, previewResponse.StatusCode);
            Assert.Contains("プレビュー", preview.QuerySelector(".report-preview-banner")!.TextContent);
            Assert.Contains("承認されていない実績値（1件）", preview.QuerySelector(".report-preview-banner")!.TextContent);
            var row = Assert.Single(ProgressReportOnGet.Measure(preview, "2-8").QuerySelectorAll("table.report-figures tbody tr"),
                r => r.TextContent.Contains(note, StringComparison.Ordinal));
            Assert.Contains("開催件数", row.QuerySelector("th")!.TextContent);
            Assert.Contains("12件", row.QuerySelector("td.report-value")!.TextContent);
            Assert.Equal("未承認：下書き", row.QuerySelector(".report-unapproved")!.TextContent.Trim());
            // The approved figures are still there, unmarked.
            var approved = ProgressReportOnGet.FigureRow(preview, "2-8", "参加自治体数");
            Assert.Contains("47自治体", approved.TextContent);
            Assert.Null(approved.QuerySelector(".report-unapproved"));
            Assert.Equal("no-store", previewResponse.Headers.CacheControl?.ToString());

            // The administrator may preview too; the downloads of the preview hold the draft, the published ones do not.
            var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
            var (_, adminPreview) = await admin.GetPageAsync("/reports/2020?preview=true");
            Assert.Contains(note, adminPreview.Body!.TextContent);
            var previewCsv = await admin.Http.GetStringAsync("/reports/2020.csv?preview=true");
            Assert.Contains(note, previewCsv);
            Assert.Contains("下書き", previewCsv);
            Assert.DoesNotContain(note, await admin.Http.GetStringAsync("/reports/2020.csv"));
            Assert.DoesNotContain(note, await PortalClient.For(portal).Http.GetStringAsync("/reports/2020.csv?preview=true"));
        }
        finally
        {
            await portal.WithDbAsync(async db => await db.IndicatorValues.Where(v => v.Id == id).ExecuteDeleteAsync());
        }
    }
}
