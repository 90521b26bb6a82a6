using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>
/// The import writes what the form writes and nothing more: only a prefecture's own staff, only while its entry is
/// open. Tokyo officials and administrators read every prefecture's values but write none, by either door.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingImportOwnPrefectureOnly(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OfficialsAdministratorsAndOtherPrefecturesStaffCannotImportOsakasLine(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await OpenReportAsync(portal, 2031, prefecture: Osaka);
        var osakasLine = Csv("27,2-3,2031,exhibitors,,41,,held,x");

        foreach (var (email, expected) in new[]
        {
            ("official@example.jp", "都道府県の値は、その都道府県の担当者だけが入力・取り込みできます。"),
            ("admin@example.jp", "都道府県の値は、その都道府県の担当者だけが入力・取り込みできます。"),
            ("niigata@example.jp", "自分の都道府県以外の行は取り込めません。"),
        })
        {
            var client = await PortalClient.SignedInAsync(portal, email);
            foreach (var command in new[] { "dry-run", "commit" })
            {
                var response = await ImportAsync(client, osakasLine, command);

                Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
                Assert.Equal([("2", expected)], await ImportProblemsAsync(response));
            }
        }

        Assert.Empty(await ValuesAsync(portal, 2031, prefecture: Osaka));
        Assert.Empty(await AuditAsync(portal, 2031, prefecture: Osaka));
        Assert.Null((await ReportAsync(portal, 2031, prefecture: Osaka)).LastSavedBy);

        // The same line from Osaka's own staff is valid: it was refused for who sent it, not for what it says.
        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(osaka, osakasLine, "commit")).StatusCode);
        Assert.Equal(41, Assert.Single(await ValuesAsync(portal, 2031, prefecture: Osaka)).Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AClosedEntryWindowRefusesTheImportForItsOwnStaffToo(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await AssignReportAsync(portal, 2005);
        var line = Csv("15,2-3,2005,exhibitors,,3,,held,");

        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var response = await ImportAsync(niigata, line, "commit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([("2", "平成17年度の入力期間は終了しています。")], await ImportProblemsAsync(response));
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ImportAsync(official, line, "commit")).StatusCode);
        Assert.Empty(await ValuesAsync(portal, 2005));
        Assert.Empty(await AuditAsync(portal, 2005));
    }

    [Fact]
    public async Task TheImportPageTellsOfficialsThatOnlyPrefectureStaffImport()
    {
        var official = await PortalClient.SignedInAsync(fixture.Sqlite, "official@example.jp");
        var (_, page) = await official.GetPageAsync("/reporting/import");
        Assert.Contains("その都道府県の担当者だけが", page.QuerySelector("#import-staff-only")!.TextContent, StringComparison.Ordinal);

        var niigata = await PortalClient.SignedInAsync(fixture.Sqlite, "niigata@example.jp");
        (_, page) = await niigata.GetPageAsync("/reporting/import");
        Assert.Null(page.QuerySelector("#import-staff-only"));
    }
}
