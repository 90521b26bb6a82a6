using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>
/// The issue's own example, /reporting/2020/2-3/15: FY2020 closed for entry long ago (60 days after 31 March 2021), so
/// a Tokyo official re-opens it; Niigata enters, submits; the official returns it; Niigata corrects and resubmits; the
/// official approves; the values are locked, published and in the audit history.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingWorkflowJourney(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NiigataEntersSubmitsIsReturnedResubmitsAndIsApprovedAndLocked(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var url = Url(2020);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        // Closed: the form says why and offers no save.
        var (response, page) = await niigata.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("新潟県", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("入力期間は終了しました", page.QuerySelector("#read-only-reason")!.TextContent);
        Assert.Null(page.QuerySelector("button[value=submit]"));
        Assert.Equal(HttpStatusCode.Conflict, (await PostReportAsync(niigata, url, FairForm(exhibitors: "5"))).StatusCode);
        Assert.Empty(await ValuesAsync(portal, 2020));

        // The official opens a lock exception for Niigata × 2-3 × FY2020.
        var exception = await official.PostFormAsync(url, url + "/exception", new Dictionary<string, string> { ["days"] = "14" });
        Assert.Equal(HttpStatusCode.Redirect, exception.StatusCode);

        // Niigata saves a draft, then submits.
        var saved = await PostReportAsync(niigata, url, FairForm(exhibitors: "13", exhibitorsOnline: "13", prefectures: "1", exhibitorsComment: "オンライン展示会"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(url + "?done=saved", saved.Headers.Location!.ToString());
        (_, page) = await niigata.GetPageAsync(saved.Headers.Location!.ToString());
        Assert.Contains("下書きを保存しました", page.QuerySelector("#form-message")!.TextContent);
        Assert.Equal("13", page.QuerySelector("#f-exhibitors")!.GetAttribute("value"));
        Assert.All(await ValuesAsync(portal, 2020), v => Assert.Equal(ReviewState.Draft, v.ReviewState));

        var submitted = await PostReportAsync(niigata, url, FairForm(exhibitors: "13", exhibitorsOnline: "13", prefectures: "1", cities: "0", command: "submit", exhibitorsComment: "オンライン展示会"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ReviewState.Submitted, (await ReportAsync(portal, 2020)).State);
        Assert.All(await ValuesAsync(portal, 2020), v => Assert.Equal(ReviewState.Submitted, v.ReviewState));

        // Returning needs a comment.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ReviewAsync(official, url, "return")).StatusCode);
        var returned = await ReviewAsync(official, url, "return", "参加市数を確認してください（燕三条地域）。");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        (_, page) = await niigata.GetPageAsync(url);
        Assert.Contains("参加市数を確認してください（燕三条地域）。", page.QuerySelector("#return-comment")!.TextContent);
        Assert.Contains("差戻し", page.QuerySelector("#report-state")!.TextContent);
        var resubmitted = await PostReportAsync(niigata, url, FairForm(exhibitors: "13", exhibitorsOnline: "13", prefectures: "1", cities: "1", command: "submit", exhibitorsComment: "オンライン展示会"));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);

        var stampBefore = await portal.WithDbAsync(db => db.CurrentVersionAsync());
        var approved = await ReviewAsync(official, url, "approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.CurrentVersionAsync()) > stampBefore, "Approval must move the published-data stamp.");

        var values = await ValuesAsync(portal, 2020);
        Assert.Equal(4, values.Count);
        Assert.All(values, v => Assert.Equal(ReviewState.Approved, v.ReviewState));
        Assert.Contains(values, v => v.IndicatorCode == "exhibitors" && v.Format == EventFormat.Online && v.Value == 13);
        Assert.Contains(values, v => v.IndicatorCode == "participating_cities" && v.Value == 1);

        // Locked: the form is read-only and a post changes nothing.
        (_, page) = await niigata.GetPageAsync(url);
        Assert.Contains("東京都が承認したため", page.QuerySelector("#read-only-reason")!.TextContent);
        var late = await PostReportAsync(niigata, url, FairForm(exhibitors: "99", prefectures: "1", cities: "1"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(13, (await ValuesAsync(portal, 2020)).Single(v => v.IndicatorCode == "exhibitors" && v.Format is null).Value);

        // The audit trail holds every step, in order, and the history page shows it.
        var audit = await AuditAsync(portal, 2020);
        Assert.Equal(
            [AuditAction.LockExceptionOpened, AuditAction.ValueChanged, AuditAction.ValueChanged, AuditAction.ValueChanged, AuditAction.StatusChanged,
             AuditAction.ValueChanged, AuditAction.Submitted, AuditAction.Returned, AuditAction.ValueChanged, AuditAction.Submitted, AuditAction.Approved],
            audit.Select(a => a.Action).ToList());
        Assert.Equal("niigata@example.jp", audit[1].ChangedBy);
        Assert.Equal("参加市数を確認してください（燕三条地域）。", audit.Single(a => a.Action == AuditAction.Returned).Comment);
        var (historyResponse, history) = await niigata.GetPageAsync(url + "/history?indicator=participating_cities");
        Assert.Equal(HttpStatusCode.OK, historyResponse.StatusCode);
        var rows = history.QuerySelectorAll("#audit-table tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("参加市数", rows[0].TextContent);
        Assert.Equal(["0", "1"], rows[0].QuerySelectorAll("td").Skip(4).Take(2).Select(c => c.TextContent.Trim()));
        Assert.Contains("niigata@example.jp", rows[0].TextContent);
        (_, history) = await official.GetPageAsync(url + "/history");
        Assert.Contains("承認", history.QuerySelector("#audit-table tbody tr")!.TextContent);
    }
}
