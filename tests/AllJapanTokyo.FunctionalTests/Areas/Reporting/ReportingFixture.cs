using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>
/// The reporting workflow tests write values and approve them, which moves published figures. Their collection gets
/// portals of its own (xUnit makes one <see cref="PortalFixture"/> per collection: SQLite, PostgreSQL on first use) so
/// that no other area's assertions see their approvals.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Reporting";
}

/// <summary>Set-up and read-back helpers: a report open for entry (lock exception), its values and audit rows.</summary>
public static class ReportingData
{
    public const string Niigata = "15";
    public const string Osaka = "27";

    public const string Fair = "2-3";

    public static string Url(int fiscalYear, string initiative = Fair, string prefecture = Niigata) => $"/reporting/{fiscalYear}/{initiative}/{prefecture}";

    /// <summary>An expected report for a fiscal year no other test uses, open for entry through a lock exception.</summary>
    public static Task OpenReportAsync(PortalFactory portal, int fiscalYear, string initiative = Fair, string prefecture = Niigata) =>
        AddReportAsync(portal, new ReportSubmission
        {
            FiscalYear = fiscalYear,
            InitiativeCode = initiative,
            PrefectureCode = prefecture,
            LockExceptionUntilUtc = DateTime.UtcNow.AddDays(30),
            LockExceptionBy = "test-setup",
        });

    /// <summary>An expected report with no lock exception: its entry window is the calendar's (closed for a past year).</summary>
    public static Task AssignReportAsync(PortalFactory portal, int fiscalYear, string initiative = Fair, string prefecture = Niigata) =>
        AddReportAsync(portal, new ReportSubmission { FiscalYear = fiscalYear, InitiativeCode = initiative, PrefectureCode = prefecture });

    private static Task<int> AddReportAsync(PortalFactory portal, ReportSubmission report) =>
        portal.WithDbAsync(async db =>
        {
            db.ReportSubmissions.Add(report);
            return await db.SaveChangesAsync();
        });

    public static Task AddApprovedValueAsync(PortalFactory portal, int fiscalYear, string indicator, decimal value, string initiative = Fair, string prefecture = Niigata) =>
        portal.WithDbAsync(async db =>
        {
            db.IndicatorValues.Add(new IndicatorValue
            {
                FiscalYear = fiscalYear,
                InitiativeCode = initiative,
                PrefectureCode = prefecture,
                IndicatorCode = indicator,
                Value = value,
                ActivityStatus = ActivityStatus.Held,
                ReviewState = ReviewState.Approved,
            });
            return await db.SaveChangesAsync();
        });

    public static Task<List<IndicatorValue>> ValuesAsync(PortalFactory portal, int fiscalYear, string initiative = Fair, string prefecture = Niigata) =>
        portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking()
            .Where(v => v.FiscalYear == fiscalYear && v.InitiativeCode == initiative && v.PrefectureCode == prefecture)
            .OrderBy(v => v.IndicatorCode).ThenBy(v => v.Format)
            .ToListAsync());

    public static Task<ReportSubmission> ReportAsync(PortalFactory portal, int fiscalYear, string initiative = Fair, string prefecture = Niigata) =>
        portal.WithDbAsync(db => db.ReportSubmissions.AsNoTracking()
            .SingleAsync(s => s.FiscalYear == fiscalYear && s.InitiativeCode == initiative && s.PrefectureCode == prefecture));

    public static Task<List<ReportingAuditEntry>> AuditAsync(PortalFactory portal, int fiscalYear, string initiative = Fair, string prefecture = Niigata) =>
        portal.WithDbAsync(db => db.ReportingAuditEntries.AsNoTracking()
            .Where(a => a.FiscalYear == fiscalYear && a.InitiativeCode == initiative && a.PrefectureCode == prefecture)
            .OrderBy(a => a.Id)
            .ToListAsync());

    /// <summary>The fields of the 2-3 form: exhibitors (with its online part), participating prefectures and cities.</summary>
    public static Dictionary<string, string> FairForm(
        string exhibitors = "",
        string exhibitorsOnline = "",
        string prefectures = "",
        string cities = "",
        string status = "held",
        string reason = "",
        string command = "save",
        string? exhibitorsComment = null)
    {
        var form = new Dictionary<string, string>
        {
            ["ActivityStatus"] = status,
            ["ActivityReason"] = reason,
            ["Command"] = command,
            ["Entries[0].Key"] = "exhibitors",
            ["Entries[0].Text"] = exhibitors,
            ["Entries[0].Qualifier"] = "exact",
            ["Entries[0].Comment"] = exhibitorsComment ?? "",
            ["Entries[1].Key"] = "exhibitors:online",
            ["Entries[1].Text"] = exhibitorsOnline,
            ["Entries[2].Key"] = "participating_prefectures",
            ["Entries[2].Text"] = prefectures,
            ["Entries[3].Key"] = "participating_cities",
            ["Entries[3].Text"] = cities,
        };
        return form;
    }

    public const string ImportHeader = "prefecture_code,initiative,fiscal_year,indicator,format,value,qualifier,status,comment";

    /// <summary>An upload as a spreadsheet saves it: a byte order mark, the header, CRLF line ends.</summary>
    public static string Csv(params string[] lines) => "\uFEFF" + ImportHeader + "\r\n" + string.Concat(lines.Select(l => l + "\r\n"));

    /// <summary>Uploads <paramref name="csv"/> on the import page with its command: "dry-run" or "commit".</summary>
    public static async Task<HttpResponseMessage> ImportAsync(PortalClient client, string csv, string command)
    {
        var (_, page) = await client.GetPageAsync("/reporting/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(page, "/reporting/import")), "__RequestVerificationToken" },
            { new StringContent(command), "command" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "results.csv");
        return await client.Http.PostAsync("/reporting/import", content);
    }

    /// <summary>The import page's problems: (line, text) in the order shown.</summary>
    public static async Task<List<(string Line, string Text)>> ImportProblemsAsync(HttpResponseMessage response) =>
        PortalClient.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("#import-problems tbody tr")
            .Select(r => (r.Children[0].TextContent, r.Children[1].TextContent)).ToList();

    /// <summary>Posts the form as the page shows it: its antiforgery token and the version it was read at.</summary>
    public static async Task<HttpResponseMessage> PostReportAsync(PortalClient client, string url, Dictionary<string, string> fields, string? version = null)
    {
        var (_, page) = await client.GetPageAsync(url);
        fields = new Dictionary<string, string>(fields)
        {
            ["Version"] = version ?? page.QuerySelector("#report-form input[name=Version]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page, url),
        };
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> ReviewAsync(PortalClient official, string url, string decision, string comment = "")
    {
        var (_, page) = await official.GetPageAsync(url);
        var version = page.QuerySelector($"form[action='{url}/review'] input[name=version]")!.GetAttribute("value")!;
        return await official.Http.PostAsync(url + "/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["decision"] = decision,
            ["comment"] = comment,
            ["version"] = version,
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page, url + "/review"),
        }));
    }
}
