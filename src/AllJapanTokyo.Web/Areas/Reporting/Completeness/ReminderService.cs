using System.Text;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

/// <summary>
/// Reminders to the prefectures whose reports of a fiscal year are not submitted yet. Reporting is signed-in work in
/// Japanese and English, and the portal does not know which one a member of staff reads: the mail says it in both, each
/// part with its links to the pages in that language.
/// </summary>
public sealed class ReminderService(AppDbContext db, IEmailSender email, LinkGenerator links, IStringLocalizer L, IOptions<ReportingOptions> options)
{
    private static readonly PortalLanguage[] Languages = [PortalLanguage.Japanese, PortalLanguage.English];

    private sealed record Pending(ReportKey Key, LocalizedText Title, ReviewState State);

    /// <summary>E-mails the staff of every prefecture with a report of the FY not yet submitted; returns how many mails went.</summary>
    /// <param name="portal">The portal's address (scheme and host) for the links in the mail.</param>
    public async Task<int> RemindAsync(int fiscalYear, ReportingActor actor, Uri portal, CancellationToken cancellationToken)
    {
        if (!actor.IsOfficial)
        {
            return 0;
        }

        var pending = (await db.ReportSubmissions.AsNoTracking()
                .Where(s => s.FiscalYear == fiscalYear)
                .Where(ReportSubmission.AwaitsEntry)
                .Join(db.Initiatives, s => s.InitiativeCode, i => i.Code, (s, i) => new { s.FiscalYear, s.PrefectureCode, s.InitiativeCode, i.Title, s.State })
                .ToListAsync(cancellationToken))
            .Select(p => new Pending(new ReportKey(p.FiscalYear, p.InitiativeCode, p.PrefectureCode), p.Title, p.State))
            .ToList();
        var codes = pending.Select(p => p.Key.Prefecture).Distinct().ToList();
        var staff = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.PrefectureStaff && user.PrefectureCode != null && codes.Contains(user.PrefectureCode) && user.Email != null
                select new { user.Email, user.PrefectureCode })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var person in staff)
        {
            var reports = pending.Where(p => p.Key.Prefecture == person.PrefectureCode).OrderBy(p => p.Key.Initiative, StringComparer.Ordinal).ToList();
            var parts = Languages.Select(language => Compose(language, fiscalYear, reports, portal)).ToList();
            var subject = string.Join(" / ", parts.Select(p => p.Subject).Distinct());
            var body = string.Join("\n\n----\n\n", parts.Select(p => p.Body));
            await email.SendAsync(new EmailMessage(person.Email!, subject, body), cancellationToken);
            sent++;
        }

        return sent;
    }

    private (string Subject, string Body) Compose(PortalLanguage language, int fiscalYear, IReadOnlyList<Pending> reports, Uri portal) => L.Within(language, () =>
    {
        var text = new StringBuilder();
        text.AppendLine(L["{0}の実績報告のうち、次の報告がまだ提出されていません。", Display.FiscalYearLong(fiscalYear)]);
        text.AppendLine(L["入力期限：{0}", Display.JapanTime(options.Value.Window.ClosesAtUtc(fiscalYear))]);
        text.AppendLine();
        foreach (var report in reports)
        {
            var path = links.GetPathByAction("Form", "Forms", report.Key.RouteValues(), new PathString(language.PathBase));
            text.AppendLine(L["・{0} {1}（{2}）", report.Key.Initiative, report.Title.Local(), L.Of(report.State)]);
            text.AppendLine("  " + new Uri(portal, path ?? ""));
        }

        text.AppendLine();
        text.Append(L["ALL JAPAN & TOKYO ポータル（東京都）"]);
        return (L["【実績報告】{0}の提出のお願い", Display.FiscalYearLabel(fiscalYear)].Value, text.ToString());
    });
}
