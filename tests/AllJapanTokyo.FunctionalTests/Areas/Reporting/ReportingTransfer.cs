using System.Net;
using System.Text;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>Completeness with reminders, export as CSV (BOM) and .xlsx, import with a dry run that writes nothing unless every line is valid.</summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingTransfer(PortalFixture fixture)
{
    [Fact]
    public async Task CompletenessForFy2020ListsEveryInitiativeWithItsExpectedPrefecturesAndLateOnes()
    {
        var official = await PortalClient.SignedInAsync(fixture.Sqlite, "official@example.jp");

        var (response, page) = await official.GetPageAsync("/reporting/completeness?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("令和2年度", page.QuerySelector("h1")!.TextContent);
        var fair = page.QuerySelector("#completeness-summary tr[data-initiative='2-3']")!;
        var cells = fair.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(cells[0] >= 1, "Niigata is expected to report 2-3 in FY2020.");
        Assert.Equal(47, page.QuerySelectorAll("#completeness-matrix tbody tr").Length);
        var niigata = page.QuerySelector("#completeness-matrix tr[data-prefecture='15']")!;
        Assert.Contains("新潟県", niigata.TextContent);
        Assert.Contains("遅延", page.QuerySelector("#completeness-matrix")!.TextContent);
    }

    [Fact]
    public async Task OfficialsRemindPrefecturesThatHaveNotSubmittedByEmail()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2000);
        await OpenReportAsync(portal, 2000, prefecture: Osaka);
        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        await PostReportAsync(osaka, Url(2000, prefecture: Osaka), FairForm(exhibitors: "5", prefectures: "1", cities: "0", command: "submit"));
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        var response = await official.PostFormAsync("/reporting/completeness?fy=2000", "/reporting/completeness/remind", new Dictionary<string, string> { ["fy"] = "2000" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Only this test sends reminders in its portal (other mails there tell of hand-overs): Niigata (not submitted)
        // gets one, Osaka (submitted) none.
        var reminders = portal.SentMail()
            .Select(m => MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m))))
            .Where(m => (m.Subject ?? "").Contains(Texts.En("【実績報告】{0}の提出のお願い", "FY2000"), StringComparison.Ordinal))
            .ToList();
        Assert.Contains(reminders, m => m.To.ToString().Contains("niigata@example.jp", StringComparison.Ordinal));
        Assert.DoesNotContain(reminders, m => m.To.ToString().Contains("osaka@example.jp", StringComparison.Ordinal));
        var (_, page) = await official.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("リマインダーを送信しました", page.QuerySelector("main")!.TextContent);

        // The mail says it in Japanese and in English, each with the link to the report in its language.
        var mail = reminders.Single(m => m.To.ToString().Contains("niigata@example.jp", StringComparison.Ordinal));
        Assert.Contains("平成12年度", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(Texts.En("【実績報告】{0}の提出のお願い", "FY2000"), mail.Subject, StringComparison.Ordinal);
        Assert.Contains("次の報告がまだ提出されていません", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Texts.En("{0}の実績報告のうち、次の報告がまだ提出されていません。", "FY2000"), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://localhost/reporting/2000/2-3/15", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://localhost/en/reporting/2000/2-3/15", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportIsCsvWithByteOrderMarkAndTheAgreedColumnsOrXlsx()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2012);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        await PostReportAsync(niigata, Url(2012), FairForm(exhibitors: "40", exhibitorsOnline: "12", exhibitorsComment: "=SUM(A1)"));

        var csv = await niigata.GetAsync("/reporting/export?fy=2012");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ImportHeader, lines[0]);
        Assert.Contains("15,2-3,2012,exhibitors,,40,,held,'=SUM(A1)", lines);
        Assert.Contains("15,2-3,2012,exhibitors,online,12,,held,", lines);

        var xlsx = await niigata.GetAsync("/reporting/export?fy=2012&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task TheTemplateHasOneLineForEveryFieldOfTheStaffsOwnReports()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2013);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var text = Encoding.UTF8.GetString(await (await niigata.GetAsync("/reporting/import/template?fy=2013")).Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ImportHeader, lines[0]);
        Assert.Equal(["15,2-3,2013,exhibitors,,,,,", "15,2-3,2013,exhibitors,online,,,,", "15,2-3,2013,participating_prefectures,,,,,", "15,2-3,2013,participating_cities,,,,,"], lines[1..]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADryRunListsEveryProblemByLineAndNothingIsWrittenUnlessEveryLineIsValid(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await OpenReportAsync(portal, 2014);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var bad = Csv(
            "15,2-3,2014,exhibitors,,25,,held,",
            "15,2-3,2014,exhibitors,online,abc,,held,",
            "27,2-3,2014,exhibitors,,5,,held,",
            "15,2-3,2014,unknown_indicator,,5,,held,",
            "15,2-3,2014,participating_cities,,3,,held,");

        var commitBad = await ImportAsync(niigata, bad, "commit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, commitBad.StatusCode);
        var page = PortalClient.Parse(await commitBad.Content.ReadAsStringAsync());
        var problems = await ImportProblemsAsync(commitBad);
        Assert.Contains(problems, p => p.Line == "3" && p.Text.Contains(Texts.Number(PortalLanguage.Japanese, NumberProblem.NotANumber, ValidationRules.MaxValue), StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == "4" && p.Text.Contains("自分の都道府県以外", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == "5" && p.Text.Contains("報告様式にありません", StringComparison.Ordinal));
        Assert.Contains("何も書き込んでいません", page.QuerySelector("#import-result")!.TextContent);
        Assert.Empty(await ValuesAsync(portal, 2014));

        var good = Csv(
            "15,2-3,2014,exhibitors,,25,,held,",
            "15,2-3,2014,exhibitors,online,5,,held,",
            "15,2-3,2014,participating_prefectures,,1,at_least,held,",
            "15,2-3,2014,participating_cities,,3,,held,燕市・三条市・長岡市");
        var dryRun = await ImportAsync(niigata, good, "dry-run");
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.Contains("問題はありません", PortalClient.Parse(await dryRun.Content.ReadAsStringAsync()).QuerySelector("#import-result")!.TextContent);
        Assert.Empty(await ValuesAsync(portal, 2014));

        var commit = await ImportAsync(niigata, good, "commit");
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.Contains("4行を取り込みました", PortalClient.Parse(await commit.Content.ReadAsStringAsync()).QuerySelector("#import-result")!.TextContent);
        var values = await ValuesAsync(portal, 2014);
        Assert.Equal(4, values.Count);
        Assert.Contains(values, v => v.IndicatorCode == "participating_cities" && v.NoteJa == "燕市・三条市・長岡市");
        Assert.All(await AuditAsync(portal, 2014), a => Assert.Equal(Domain.Reporting.AuditAction.Imported, a.Action));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ALineWithAnUnquotedCommaInItsCommentIsRefusedAndNothingIsStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await OpenReportAsync(portal, 1999);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var csv = Csv(
            "15,2-3,1999,exhibitors,,25,,held,",
            "15,2-3,1999,participating_cities,,3,,held,燕市,三条市");

        var response = await ImportAsync(niigata, csv, "commit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        var problem = Assert.Single(page.QuerySelectorAll("#import-problems tbody tr"));
        Assert.Equal("3", problem.Children[0].TextContent);
        Assert.Contains("この行は10列です（9列必要です）", problem.Children[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(await ValuesAsync(portal, 1999));
    }
}
