using System.Text;
using AllJapanTokyo.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace AllJapanTokyo.BrowserTests.Reporting;

/// <summary>axe-core (WCAG 2 A and AA) finds no serious or critical violation on the reporting pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingPagesHaveNoSeriousAxeViolations(BrowserFixture fixture)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
    };

    [SkippableTheory]
    [InlineData("niigata@example.jp", "/reporting/2020/2-3/15")]
    [InlineData("niigata@example.jp", "/reporting/import")]
    [InlineData("niigata@example.jp", "/reporting/2020/2-3/15/history")]
    [InlineData("niigata@example.jp", "/reporting")]
    [InlineData("official@example.jp", "/notifications")]
    [InlineData("official@example.jp", "/reporting")]
    [InlineData("official@example.jp", "/reporting/completeness?fy=2020")]
    [InlineData("admin@example.jp", "/reporting/admin")]
    [InlineData("admin@example.jp", "/reporting/admin/initiatives/2-3")]
    [InlineData("niigata@example.jp", "/en/reporting/2020/2-3/15")]
    [InlineData("official@example.jp", "/en/reporting/completeness?fy=2020")]
    [InlineData("admin@example.jp", "/en/reporting/admin/indicators/exhibitors")]
    public async Task Reporting_page(string email, string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPages.SignInAsync(page, email);

        var response = await page.GotoAsync(path);
        Assert.True(response?.Status == 200, $"GET {path} answered {response?.Status}.");
        var result = await page.RunAxe(WcagAandAA);

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var text = new StringBuilder($"{path}: {serious.Count} serious or critical axe violation(s)\n");
        foreach (var violation in serious)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine($"    {node.Target}");
            }
        }

        Assert.True(serious.Count == 0, text.ToString());
    }
}
