using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.FunctionalTests.Areas.Reports;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

[CollectionDefinition(Name)]
public sealed class EventFiguresCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "EventFigures";
}

/// <summary>
/// Closing an event proposes its figures (confirmed exhibitors, the online part, each prefecture's, the number of
/// prefectures) to the officials' review; an accepted figure appears on /reports/{fy}. These tests change FY2020's
/// published figures, so they have a portal of their own.
/// </summary>
[Collection(EventFiguresCollection.Name)]
public sealed class EventFiguresOnClose(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClosingProposesTheFiguresAndAnAcceptedOneReachesTheReport(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "全国食品産業フェア（締め試験）", published: true, startsInDays: -3);
        await portal.WithDbAsync(db => db.Events.Where(e => e.Id == fair.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.InitiativeCode, "2-7").SetProperty(e => e.FiscalYear, 2020)));
        await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal, "15")).EnterpriseId, "A", ApplicationStatus.Confirmed, online: true);
        await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal, "15")).EnterpriseId, "A", ApplicationStatus.Confirmed);
        await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal, "27")).EnterpriseId, "B", ApplicationStatus.Confirmed);
        await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal, "01")).EnterpriseId, "A", ApplicationStatus.NotSelected);
        var key = fair.Id.ToString();

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var manage = $"/fairs/manage/{fair.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(manage, $"{manage}/close", [])).StatusCode);
        var proposed = await portal.WithDbAsync(db => db.ComputedFigures.AsNoTracking().Where(f => f.SourceKind == "fairs.event" && f.SourceKey == key)
            .Select(f => new { f.Id, f.IndicatorCode, f.PrefectureCode, f.IsOnlinePart, f.Value, f.FiscalYear, f.InitiativeCode }).ToListAsync());
        Assert.All(proposed, f => Assert.Equal((2020, "2-7"), (f.FiscalYear, f.InitiativeCode)));
        Assert.Equal(3m, proposed.Single(f => f.IndicatorCode == "exhibitors" && f.PrefectureCode == null && !f.IsOnlinePart).Value);
        Assert.Equal(1m, proposed.Single(f => f.IndicatorCode == "exhibitors" && f.IsOnlinePart).Value);
        Assert.Equal(2m, proposed.Single(f => f.IndicatorCode == "exhibitors" && f.PrefectureCode == "15").Value);
        Assert.Equal(1m, proposed.Single(f => f.IndicatorCode == "exhibitors" && f.PrefectureCode == "27").Value);
        Assert.Equal(2m, proposed.Single(f => f.IndicatorCode == "participating_prefectures").Value);
        var closed = await portal.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == fair.Id));
        Assert.Equal(ActivityStatus.Held, closed.Status);
        Assert.NotNull(closed.ClosedAtUtc);

        // Closing twice is refused and proposes nothing more.
        var again = await official.PostFormAsync(manage, $"{manage}/close", []);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("この催しは既に終了しています。", await again.Content.ReadAsStringAsync());
        Assert.Equal(proposed.Count, await portal.WithDbAsync(db => db.ComputedFigures.CountAsync(f => f.SourceKind == "fairs.event" && f.SourceKey == key)));

        // An official accepts the exhibitors; the published report shows them.
        var total = proposed.Single(f => f.IndicatorCode == "exhibitors" && f.PrefectureCode == null && !f.IsOnlinePart).Id;
        var (_, review) = await official.GetPageAsync("/reporting/computed");
        var accept = $"/reporting/computed/{total}/accept";
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync("/reporting/computed", accept, new Dictionary<string, string>
        {
            ["version"] = PortalClient.HiddenValue(review, accept, "version"),
        })).StatusCode);
        var (_, report) = await PortalClient.For(portal).GetPageAsync("/reports/2020");
        Assert.Contains("3", ProgressReportOnGet.FigureRow(report, "2-7", "出展企業・団体数").QuerySelector("td.report-value")!.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnEventIsNotClosedBeforeItBegins(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fair = await FairsTestData.EventAsync(portal, "これから始まる催し（試験）");
        try
        {
            var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
            var manage = $"/fairs/manage/{fair.Id}";
            var (_, page) = await official.GetPageAsync(manage);
            Assert.Null(page.QuerySelector("#close-event"));
            var response = await official.PostFormAsync(manage, $"{manage}/close", []);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("催しが始まる前には終了できません。", await response.Content.ReadAsStringAsync());
            Assert.Null(await portal.WithDbAsync(db => db.Events.Where(e => e.Id == fair.Id).Select(e => e.ClosedAtUtc).SingleAsync()));
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }
}
