using System.Net;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>
/// Every hand-over of a report tells the next person, in the portal and by mail, in their own language, with a link to
/// the form: a request to re-open and a submission reach Tokyo's reviewers (official@, who reads English here); a
/// lock exception, a return (with its comment) and an approval reach Niigata's staff (Japanese).
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingHandOvers(PortalFixture fixture)
{
    private const int Year = 2018;

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EachHandOverNotifiesTheNextPersonInTheirLanguageWithALinkToTheForm(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var url = Url(Year);
        await portal.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Email == "official@example.jp").ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, "en"));
            db.ReportSubmissions.Add(new ReportSubmission { FiscalYear = Year, InitiativeCode = Fair, PrefectureCode = Niigata });
            return await db.SaveChangesAsync();
        });
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        // Closed: Niigata asks Tokyo to re-open; the reviewers hear of it, and a second request waits for the answer.
        var (_, page) = await niigata.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#reopening-heading"));
        var requested = await niigata.PostFormAsync(url, url + "/reopening-request", new Dictionary<string, string> { ["reason"] = "出展者数の訂正があるため" });
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        await AssertToldAsync(portal, url, "reporting.reopening-requested", "official@example.jp", "[Results report] Niigata");
        (_, page) = await niigata.GetPageAsync(url);
        Assert.Contains("出展者数の訂正があるため", page.QuerySelector("#reopening-pending")!.TextContent);
        Assert.Null(page.QuerySelector("#reopening-heading"));
        Assert.Contains(await AuditAsync(portal, Year), a => a.Action == AuditAction.ReopeningRequested && a.ChangedBy == "niigata@example.jp");

        // The official re-opens entry: Niigata hears until when.
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(url, url + "/exception", new Dictionary<string, string> { ["days"] = "14" })).StatusCode);
        await AssertToldAsync(portal, url, "reporting.reopened", "niigata@example.jp", "【実績報告】入力の再開");

        // The history gives the new deadline in Japan time, like every other time on the portal, not as stored (UTC).
        var until = (await ReportAsync(portal, Year)).LockExceptionUntilUtc!.Value;
        (_, page) = await niigata.GetPageAsync(url + "/history");
        var reopened = page.QuerySelectorAll("#audit-table tbody tr").Single(tr => tr.TextContent.Contains("入力期間の例外", StringComparison.Ordinal)).TextContent;
        Assert.Contains(until.AddHours(9).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture), reopened, StringComparison.Ordinal);
        Assert.DoesNotContain("Z", reopened, StringComparison.Ordinal);

        // Niigata submits: the official hears of it and sees every value entered.
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(niigata, url, FairForm(exhibitors: "6", exhibitorsOnline: "2", prefectures: "1", cities: "0", command: "submit"))).StatusCode);
        await AssertToldAsync(portal, url, "reporting.submitted", "official@example.jp", "[Results report] Submitted by Niigata");
        (_, page) = await official.GetPageAsync(url);
        Assert.Equal("6", Change(page, "exhibitors").After);

        // The official returns it with a comment: Niigata reads the comment in the notification.
        const string comment = "うちオンラインの数を確認してください。";
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(official, url, "return", comment)).StatusCode);
        var returned = await AssertToldAsync(portal, url, "reporting.returned", "niigata@example.jp", "【実績報告】差戻し");
        Assert.Contains(comment, returned.TextBody);
        (_, page) = await niigata.GetPageAsync("/notifications");
        Assert.Contains(page.QuerySelectorAll(".notification-body"), body => body.TextContent.Contains(comment, StringComparison.Ordinal));

        // Niigata corrects and resubmits: the official sees the change since the last submission, before → after.
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(niigata, url, FairForm(exhibitors: "6", exhibitorsOnline: "3", prefectures: "1", cities: "0", command: "submit"))).StatusCode);
        Assert.Equal(2, await CountAsync(portal, url, "reporting.submitted"));
        (_, page) = await official.GetPageAsync(url);
        Assert.Equal(("2", "3"), Change(page, "exhibitors:online"));
        Assert.Single(page.QuerySelectorAll("#review-changes tbody tr"));

        // Approved: Niigata hears of it.
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(official, url, "approve")).StatusCode);
        await AssertToldAsync(portal, url, "reporting.approved", "niigata@example.jp", "【実績報告】承認");
    }

    private static (string? Before, string? After) Change(AngleSharp.Html.Dom.IHtmlDocument page, string field)
    {
        var cells = page.QuerySelector($"#review-changes tr[data-field='{field}']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        return (cells[0], cells[1]);
    }

    private static Task<int> CountAsync(PortalFactory portal, string url, string kind) =>
        portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == kind && n.LinkPath == url));

    /// <summary>The one recipient has the notification (linking to the form) and its mail in the outbox, worded as expected.</summary>
    private static async Task<OutboxMessage> AssertToldAsync(PortalFactory portal, string url, string kind, string email, string subject)
    {
        var (recipient, notified, mails) = await portal.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(),
            await db.Notifications.AsNoTracking().Where(n => n.Kind == kind && n.LinkPath == url).Select(n => n.UserId).ToListAsync(),
            await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind && m.TextBody.Contains(url)).ToListAsync()));
        Assert.Contains(recipient, notified);
        var mail = Assert.Single(mails, m => m.To == email);
        Assert.StartsWith(subject, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(url, mail.TextBody, StringComparison.Ordinal);
        return mail;
    }
}
