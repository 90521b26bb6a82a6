using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AllJapanTokyo.BrowserTests.Infrastructure;

/// <summary>axe-core (WCAG 2 A and AA rules) on the page as it stands: no serious or critical violation, or a list of each.</summary>
public static class AxeChecks
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
    };

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(WcagAandAA);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, Describe(name ?? PortalPages.PathOf(page), serious));
    }

    private static string Describe(string path, List<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} serious/critical WCAG 2 A/AA violation(s) on {path}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes.Take(10))
            {
                text.AppendLine().Append($"    at {node.Target}: {node.Html}");
                var why = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message).Where(m => !string.IsNullOrWhiteSpace(m));
                text.Append($" — {string.Join("; ", why)}");
            }
        }

        return text.ToString();
    }
}
