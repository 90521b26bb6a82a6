using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Notifications;

/// <summary>
/// Tells the next person at every hand-over of a report: Tokyo's reviewers (TokyoOfficial) when a prefecture submits or
/// asks for entry to be re-opened; the prefecture's staff when Tokyo returns, approves or re-opens it. The notifications
/// and their mails join the caller's unit of work (<see cref="Notifier"/>): they are stored with the hand-over, or not at all.
/// </summary>
public sealed class ReportHandOvers(AppDbContext db, Notifier notifier, LinkGenerator links)
{
    public async Task SubmittedAsync(ReportSubmission report, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(await ReviewersAsync(cancellationToken), new ReportSubmittedNotification(await FactsAsync(report, cancellationToken)), cancellationToken);

    public async Task ReturnedAsync(ReportSubmission report, string comment, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(await StaffOfAsync(report, cancellationToken), new ReportReturnedNotification(await FactsAsync(report, cancellationToken), comment), cancellationToken);

    public async Task ApprovedAsync(ReportSubmission report, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(await StaffOfAsync(report, cancellationToken), new ReportApprovedNotification(await FactsAsync(report, cancellationToken)), cancellationToken);

    public async Task ReopenedAsync(ReportSubmission report, DateTime untilUtc, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(await StaffOfAsync(report, cancellationToken), new ReportReopenedNotification(await FactsAsync(report, cancellationToken), untilUtc), cancellationToken);

    public async Task ReopeningRequestedAsync(ReportSubmission report, string? reason, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(await ReviewersAsync(cancellationToken), new ReopeningRequestedNotification(await FactsAsync(report, cancellationToken), reason), cancellationToken);

    private async Task<ReportFacts> FactsAsync(ReportSubmission report, CancellationToken cancellationToken)
    {
        var key = new ReportKey(report.FiscalYear, report.InitiativeCode, report.PrefectureCode);
        var title = await db.Initiatives.AsNoTracking().Where(i => i.Code == report.InitiativeCode).Select(i => i.Title).FirstAsync(cancellationToken);
        var prefecture = await db.Prefectures.AsNoTracking().Where(p => p.Code == report.PrefectureCode).Select(p => p.Name).FirstAsync(cancellationToken);
        var path = links.GetPathByAction("Form", "Forms", key.RouteValues()) ?? throw new InvalidOperationException("The report form has no route.");
        return new ReportFacts(report.FiscalYear, report.InitiativeCode, title, prefecture, path);
    }

    private Task<List<string>> ReviewersAsync(CancellationToken cancellationToken) =>
        UsersInRole(Roles.TokyoOfficial).ToListAsync(cancellationToken);

    private Task<List<string>> StaffOfAsync(ReportSubmission report, CancellationToken cancellationToken) =>
        UsersInRole(Roles.PrefectureStaff, report.PrefectureCode).ToListAsync(cancellationToken);

    private IQueryable<string> UsersInRole(string role, string? prefectureCode = null) =>
        from user in db.Users
        join userRole in db.UserRoles on user.Id equals userRole.UserId
        join r in db.Roles on userRole.RoleId equals r.Id
        where r.Name == role && (prefectureCode == null || user.PrefectureCode == prefectureCode)
        select user.Id;
}
