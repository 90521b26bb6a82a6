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
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

/// <summary>
/// Reminders to the prefectures whose reports of a fiscal year are not submitted yet. Reporting is signed-in work in
/// Japanese and English, and the portal does not know which one a member of staff reads: the mail says it in both, each
/// part with its links (on the portal's address) to the pages in that language. The mails go to the outbox together,
/// so a mail server that refuses only delays them.
/// </summary>
public sealed class ReminderService(AppDbContext db, LinkGenerator links, PortalAddress address, IStringLocalizer L, TimeProvider clock, IOptions<ReportingOptions> options)
{
    /// <summary>What the outbox and its administration call these mails.</summary>
    public const string OutboxKind = "reporting.reminder";

    private static readonly PortalLanguage[] Languages = [PortalLanguage.Japanese, PortalLanguage.English];

    private sealed record Pending(ReportKey Key, LocalizedText Title, ReviewState State);

    /// <summary>E-mails the staff of every prefecture with a report of the FY not yet submitted; returns how many mails were queued.</summary>
    public async Task<int> RemindAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
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
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in staff)
        {
            var reports = pending.Where(p => p.Key.Prefecture == person.PrefectureCode).OrderBy(p => p.Key.Initiative, StringComparer.Ordinal).ToList();
            var parts = Languages.Select(language => Compose(language, fiscalYear, reports)).ToList();
            var subject = string.Join(" / ", parts.Select(p => p.Subject).Distinct());
            var body = string.Join("\n\n----\n\n", parts.Select(p => p.Body));
            db.OutboxMessages.Add(OutboxMessage.Queue(new EmailMessage(person.Email!, subject, body), OutboxKind, now));
        }

        // Every reminder of the round, or none.
        await db.SaveChangesAsync(cancellationToken);
        return staff.Count;
    }

    private (string Subject, string Body) Compose(PortalLanguage language, int fiscalYear, IReadOnlyList<Pending> reports) => L.Within(language, () =>
    {
        var text = new StringBuilder();
        text.AppendLine(L["{0}の実績報告のうち、次の報告がまだ提出されていません。", Display.FiscalYearLong(fiscalYear)]);
        text.AppendLine(L["入力期限：{0}", Display.JapanTime(options.Value.Window.ClosesAtUtc(fiscalYear))]);
        text.AppendLine();
        foreach (var report in reports)
        {
            var path = links.GetPathByAction("Form", "Forms", report.Key.RouteValues());
            text.AppendLine(L["・{0} {1}（{2}）", report.Key.Initiative, report.Title.Local(), L.Of(report.State)]);
            text.AppendLine("  " + address.Link(path ?? "/", language));
        }

        text.AppendLine();
        text.Append(L["ALL JAPAN & TOKYO ポータル（東京都）"]);
        return (L["【実績報告】{0}の提出のお願い", Display.FiscalYearLabel(fiscalYear)].Value, text.ToString());
    });
}
