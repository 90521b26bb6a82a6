using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Areas.Reports;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

[CollectionDefinition(Name)]
public sealed class ComputedFiguresCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "ComputedFigures";
}

/// <summary>
/// A figure the portal's work produced reaches the public report only through an official's review at
/// /reporting/computed: accepted, it replaces the figure (the published report shows it at once); rejected, it keeps the
/// official's reason; proposed again, the newer proposal replaces the one still waiting. These tests change FY2020's
/// published figures, so they have a portal of their own.
/// </summary>
[Collection(ComputedFiguresCollection.Name)]
public sealed class ComputedFigureReviewing(PortalFixture fixture)
{
    private const string Page = "/reporting/computed";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnAcceptedFigureReplacesThePublishedOneAndTheReportShowsItAtOnce(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var anonymous = PortalClient.For(portal);
        var (_, report) = await anonymous.GetPageAsync("/reports/2020");
        Assert.Contains("39", ProgressReportOnGet.FigureRow(report, "2-3", "出展企業・団体数").QuerySelector("td.report-value")!.TextContent);

        await ProposeAsync(portal, new FigureSource("fairs.event", "test-accept", "「全国ゾーン（試験）」の確定出展者から算出", false),
            new FigureProposal(2020, "2-3", "exhibitors", null, 41, EventFormat.Online));

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (_, page) = await official.GetPageAsync(Page);
        var row = Row(page, "「全国ゾーン（試験）」");
        Assert.Contains("41", row.TextContent);
        Assert.Contains("39", row.QuerySelectorAll("td")[5].TextContent);
        Assert.True(await portal.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Kind == "reporting.computed-proposed" && n.LinkPath == Page)));

        var accept = row.QuerySelector("form[action$='/accept']")!.GetAttribute("action")!;
        var response = await official.PostFormAsync(Page, accept, new Dictionary<string, string> { ["version"] = PortalClient.HiddenValue(page, accept, "version") });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        (_, report) = await anonymous.GetPageAsync("/reports/2020");
        Assert.Contains("41", ProgressReportOnGet.FigureRow(report, "2-3", "出展企業・団体数").QuerySelector("td.report-value")!.TextContent);
        var value = await portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v =>
            v.FiscalYear == 2020 && v.InitiativeCode == "2-3" && v.IndicatorCode == "exhibitors" && v.PrefectureCode == null && !v.IsOnlinePart && !v.IsSynthetic));
        Assert.Equal((41m, ReviewState.Approved), (value.Value, value.ReviewState));
        Assert.NotNull(value.ComputedFigureId);

        (_, page) = await official.GetPageAsync(Page + "?state=Accepted");
        row = Row(page, "「全国ゾーン（試験）」");
        Assert.Contains("official@example.jp", row.TextContent);
        Assert.Contains("39", row.QuerySelectorAll("td")[5].TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ANewerProposalReplacesTheWaitingOneAndARejectionNeedsAReason(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var source = new FigureSource("fairs.meetings", "test-reject", "「商談会（試験）」の実施済み商談から算出", false);
        await ProposeAsync(portal, source, new FigureProposal(2020, "2-4", "events_held", null, 5));
        await ProposeAsync(portal, source, new FigureProposal(2020, "2-4", "events_held", null, 4));
        var states = await portal.WithDbAsync(db => db.ComputedFigures.AsNoTracking().Where(f => f.SourceKey == "test-reject").OrderBy(f => f.Id).Select(f => f.State).ToListAsync());
        Assert.Equal([ComputedFigureState.Superseded, ComputedFigureState.Proposed], states);

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (_, page) = await official.GetPageAsync(Page);
        var row = Row(page, "「商談会（試験）」");
        var reject = row.QuerySelector("form[action$='/reject']")!.GetAttribute("action")!;
        var version = PortalClient.HiddenValue(page, reject, "version");

        var refused = await official.PostFormAsync(Page, reject, new Dictionary<string, string> { ["version"] = version, ["comment"] = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("却下の理由を1,000文字以内で入力してください。", await refused.Content.ReadAsStringAsync());

        var rejected = await official.PostFormAsync(Page, reject, new Dictionary<string, string> { ["version"] = version, ["comment"] = "中止になった回を含んでいるため" });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var events = await portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v =>
            v.FiscalYear == 2020 && v.InitiativeCode == "2-4" && v.IndicatorCode == "events_held" && v.PrefectureCode == null && !v.IsSynthetic));
        Assert.Equal(3m, events.Value);
        (_, page) = await official.GetPageAsync(Page + "?state=Rejected");
        Assert.Contains("中止になった回を含んでいるため", Row(page, "「商談会（試験）」").TextContent);

        // Decided once: accepting it afterwards is refused and changes nothing.
        var late = await official.PostFormAsync(Page, reject.Replace("/reject", "/accept", StringComparison.Ordinal), new Dictionary<string, string> { ["version"] = version });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APrefectureFigureGoesIntoItsReportAndFollowsTheReportsReview(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await portal.WithDbAsync(db =>
        {
            db.ReportSubmissions.Add(new ReportSubmission { FiscalYear = 2016, InitiativeCode = "2-3", PrefectureCode = ReportingData.Niigata });
            return db.SaveChangesAsync();
        });
        await ProposeAsync(portal, new FigureSource("fairs.event", "test-prefecture", "「全国ゾーン（試験）」の新潟県の出展者から算出", false),
            new FigureProposal(2016, "2-3", "exhibitors", ReportingData.Niigata, 7));

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (_, page) = await official.GetPageAsync(Page);
        var accept = Row(page, "新潟県の出展者").QuerySelector("form[action$='/accept']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(Page, accept, new Dictionary<string, string> { ["version"] = PortalClient.HiddenValue(page, accept, "version") })).StatusCode);

        var value = Assert.Single(await ReportingData.ValuesAsync(portal, 2016), v => v.IndicatorCode == "exhibitors");
        Assert.Equal((7m, ReviewState.Draft), (value.Value, value.ReviewState));
        Assert.Contains(await ReportingData.AuditAsync(portal, 2016), a => a.Action == AuditAction.ComputedFigureAccepted && a.NewValue == "7" && a.ChangedBy == "official@example.jp");
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyOfficialsReviewAndOnlyIndicatorsOfTheMeasuresFormCanBeProposed(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync(Page)).StatusCode);

        await Assert.ThrowsAsync<ArgumentException>(() => ProposeAsync(portal, new FigureSource("fairs.event", "test-wrong", "試験", false),
            new FigureProposal(2020, "2-3", "pigs_produced", null, 1)));
        Assert.False(await portal.WithDbAsync(db => db.ComputedFigures.AnyAsync(f => f.SourceKey == "test-wrong")));
    }

    private static async Task ProposeAsync(PortalFactory portal, FigureSource source, params FigureProposal[] figures)
    {
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AllJapanTokyo.Infrastructure.Data.AppDbContext>();
        await scope.ServiceProvider.GetRequiredService<ComputedFigureProposals>().ProposeAsync(source, figures, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page, string source) =>
        Assert.Single(page.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains(source, StringComparison.Ordinal));
}
