using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Entry;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

/// <summary>Reminders to the prefectures whose reports of a fiscal year are not submitted yet.</summary>
public sealed class ReminderService(AppDbContext db, IEmailSender email, IOptions<ReportingOptions> options)
{
    /// <summary>E-mails the staff of every prefecture with a report of the FY not yet submitted; returns how many mails went.</summary>
    public async Task<int> RemindAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsOfficial)
        {
            return 0;
        }

        var pending = await db.ReportSubmissions.AsNoTracking()
            .Where(s => s.FiscalYear == fiscalYear && (s.State == ReviewState.Draft || s.State == ReviewState.Returned))
            .Join(db.Initiatives, s => s.InitiativeCode, i => i.Code, (s, i) => new { s.PrefectureCode, s.InitiativeCode, TitleJa = i.Title.Ja, s.State })
            .ToListAsync(cancellationToken);
        var codes = pending.Select(p => p.PrefectureCode).Distinct().ToList();
        var staff = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.PrefectureStaff && user.PrefectureCode != null && codes.Contains(user.PrefectureCode) && user.Email != null
                select new { user.Email, user.PrefectureCode })
            .ToListAsync(cancellationToken);
        var closes = Display.JapanTime(options.Value.Window.ClosesAtUtc(fiscalYear));
        var sent = 0;
        foreach (var person in staff)
        {
            var items = pending.Where(p => p.PrefectureCode == person.PrefectureCode)
                .OrderBy(p => p.InitiativeCode, StringComparer.Ordinal)
                .Select(p => $"・{p.InitiativeCode} {p.TitleJa}（{p.State.Japanese()}）\n  {ReportingUrls.Form(fiscalYear, p.InitiativeCode, p.PrefectureCode)}");
            var body = $"""
                {Display.FiscalYearLong(fiscalYear)}の実績報告のうち、次の報告がまだ提出されていません。
                入力期限：{closes}

                {string.Join("\n", items)}

                ALL JAPAN & TOKYO ポータル（東京都）

                Reminder: the reports above for FY{fiscalYear} have not been submitted yet.
                """;
            await email.SendAsync(new EmailMessage(person.Email!, $"【実績報告】{Display.FiscalYearLabel(fiscalYear)}の提出のお願い / Reminder: FY{fiscalYear} results", body), cancellationToken);
            sent++;
        }

        return sent;
    }
}
