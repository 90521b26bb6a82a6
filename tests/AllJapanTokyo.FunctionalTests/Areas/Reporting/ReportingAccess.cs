using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>Prefecture A never reads B's drafts nor writes B's values; only officials approve; audit rows cannot be changed.</summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingAccess(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OsakaStaffNeitherReadNorWriteNiigatasReportAndTheRowsAreUnchanged(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await OpenReportAsync(portal, 2009);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(niigata, Url(2009), FairForm(exhibitors: "7", exhibitorsComment: "下書きのメモ"))).StatusCode);
        var before = await ValuesAsync(portal, 2009);
        var auditBefore = (await AuditAsync(portal, 2009)).Count;

        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        Assert.Equal(HttpStatusCode.NotFound, (await osaka.GetAsync(Url(2009))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await osaka.GetAsync(Url(2009) + "/history")).StatusCode);

        // A forged post with Osaka's own valid antiforgery token (from Osaka's page) is refused too.
        var (_, osakaPage) = await osaka.GetPageAsync("/reporting/import");
        var forged = new Dictionary<string, string>(FairForm(exhibitors: "999", command: "submit"))
        {
            ["Version"] = before.Count > 0 ? (await ReportAsync(portal, 2009)).Version.ToString() : "",
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(osakaPage),
        };
        Assert.Equal(HttpStatusCode.NotFound, (await osaka.Http.PostAsync(Url(2009), new FormUrlEncodedContent(forged))).StatusCode);

        // Osaka's export holds no Niigata row.
        var export = await (await osaka.GetAsync("/reporting/export?fy=2009")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("\n15,", export, StringComparison.Ordinal);
        Assert.DoesNotContain("下書きのメモ", export, StringComparison.Ordinal);

        var after = await ValuesAsync(portal, 2009);
        Assert.Equal(before.Select(v => (v.IndicatorCode, v.Value, v.Version)), after.Select(v => (v.IndicatorCode, v.Value, v.Version)));
        Assert.Equal(auditBefore, (await AuditAsync(portal, 2009)).Count);
        Assert.Equal("niigata@example.jp", (await ReportAsync(portal, 2009)).LastSavedBy);
    }

    [Fact]
    public async Task OfficialsReadEveryReportButDoNotEnterValuesAndOnlyOfficialsApprove()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2010);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(niigata, Url(2010), FairForm(exhibitors: "7", prefectures: "1", cities: "0", command: "submit"))).StatusCode);

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (response, page) = await official.GetPageAsync(Url(2010));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("あなたの担当ではありません", page.QuerySelector("#read-only-reason")!.TextContent);
        Assert.NotNull(page.QuerySelector("#review-heading"));

        var version = (await ReportAsync(portal, 2010)).Version.ToString();
        var token = PortalClient.AntiforgeryToken(page, Url(2010) + "/review");
        var officialSave = new Dictionary<string, string>(FairForm(exhibitors: "8")) { ["Version"] = version, ["__RequestVerificationToken"] = token };
        Assert.Equal(HttpStatusCode.Forbidden, (await official.Http.PostAsync(Url(2010), new FormUrlEncodedContent(officialSave))).StatusCode);

        // Staff cannot approve their own report, nor can an administrator.
        var (_, niigataPage) = await niigata.GetPageAsync(Url(2010));
        var selfApprove = new Dictionary<string, string> { ["decision"] = "approve", ["version"] = version, ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(niigataPage) };
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.Http.PostAsync(Url(2010) + "/review", new FormUrlEncodedContent(selfApprove))).StatusCode);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var (_, adminPage) = await admin.GetPageAsync(Url(2010));
        var adminApprove = new Dictionary<string, string> { ["decision"] = "approve", ["version"] = version, ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(adminPage) };
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.PostAsync(Url(2010) + "/review", new FormUrlEncodedContent(adminApprove))).StatusCode);

        Assert.Equal(Domain.Indicators.ReviewState.Submitted, (await ReportAsync(portal, 2010)).State);
        Assert.Equal(7, (await ValuesAsync(portal, 2010)).Single(v => v.IndicatorCode == "exhibitors").Value);
    }

    [Fact]
    public void NoEndpointChangesOrDeletesAuditRows()
    {
        var endpoints = fixture.Sqlite.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var writesToHistory = endpoints
            .Where(e => (e.RoutePattern.RawText ?? "").Contains("history", StringComparison.OrdinalIgnoreCase) || (e.RoutePattern.RawText ?? "").Contains("audit", StringComparison.OrdinalIgnoreCase))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m != "GET" && m != "HEAD") ?? true)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(writesToHistory);
        Assert.Contains(endpoints, e => e.RoutePattern.RawText!.EndsWith("/history", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostingPuttingOrDeletingTheHistoryChangesNothing()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2011);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        await PostReportAsync(niigata, Url(2011), FairForm(exhibitors: "3"));
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var audit = await AuditAsync(portal, 2011);
        Assert.NotEmpty(audit);
        var (_, page) = await official.GetPageAsync(Url(2011) + "/history");
        var token = PortalClient.AntiforgeryToken(page);

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            var request = new HttpRequestMessage(method, Url(2011) + "/history")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["id"] = audit[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            };
            var response = await official.Http.SendAsync(request);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        }

        Assert.Equal(audit.Select(a => (a.Id, a.NewValue, a.ChangedAtUtc)), (await AuditAsync(portal, 2011)).Select(a => (a.Id, a.NewValue, a.ChangedAtUtc)));
    }

    [Theory]
    [InlineData("niigata@example.jp", "/reporting/completeness?fy=2020")]
    [InlineData("niigata@example.jp", "/reporting/admin")]
    [InlineData("official@example.jp", "/reporting/admin")]
    [InlineData("buyer@example.jp", "/reporting/export?fy=2020")]
    [InlineData("sme@example.jp", "/reporting/import")]
    public async Task PagesForOtherRolesAreRefused(string email, string url)
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }
}
