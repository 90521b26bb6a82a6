using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Admin.Models;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Admin;

public enum ScreeningAction
{
    Approve,
    Reject,
    Suspend,
    Lift,
}

/// <summary>
/// The operator's screening of registered enterprises: pending → approved or rejected with a reason, suspension and its
/// lifting. Each decision is saved with a concurrency check, together with a notification and a mail to each of the
/// company's users in their own language that links the next step; a suspension also ends their sessions.
/// </summary>
public sealed class EnterpriseScreeningService(
    AppDbContext db,
    Notifier notifier,
    TimeProvider clock,
    ILogger<EnterpriseScreeningService> logger)
{
    public const int PageSize = 50;

    public async Task<ScreeningListViewModel> ListAsync(ScreeningStatus status, int page, CancellationToken cancellationToken)
    {
        var counts = await db.Enterprises.AsNoTracking()
            .GroupBy(e => e.ScreeningStatus)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var total = counts.GetValueOrDefault(status);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var query = db.Enterprises.AsNoTracking().Where(e => e.ScreeningStatus == status);

        // Pending: the oldest application first (first come, first served); otherwise the latest decision first.
        query = status == ScreeningStatus.Pending
            ? query.OrderBy(e => e.RegisteredAtUtc).ThenBy(e => e.Id)
            : query.OrderByDescending(e => e.ScreenedAtUtc).ThenByDescending(e => e.Id);
        var items = await (
                from e in query.Skip((page - 1) * PageSize).Take(PageSize)
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                select new ScreeningListItem(e.Id, e.NameJa, e.CorporateNumber, p.Name, e.ScreeningStatus, e.RegisteredAtUtc, e.IsSynthetic))
            .ToListAsync(cancellationToken);
        return new ScreeningListViewModel(status, Enum.GetValues<ScreeningStatus>().ToDictionary(s => s, counts.GetValueOrDefault), items, page, pageCount);
    }

    public async Task<ScreeningDetailsViewModel?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        var prefecture = await db.Prefectures.AsNoTracking().Where(p => p.Code == enterprise.PrefectureCode).Select(p => p.Name).FirstAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.EnterpriseId == id)
            .OrderBy(u => u.CreatedAtUtc)
            .Select(u => new RepresentativeItem(u.Email ?? "", u.DisplayName, u.EmailConfirmed))
            .ToListAsync(cancellationToken);
        return new ScreeningDetailsViewModel(
            enterprise.Id, enterprise.CorporateNumber, enterprise.NameJa, enterprise.NameKana, prefecture,
            enterprise.Address, enterprise.JsicMajorGroup, enterprise.CapitalYen, enterprise.Employees, enterprise.IsSme, enterprise.Capabilities,
            enterprise.Certifications, enterprise.PrText, enterprise.ScreeningStatus, enterprise.ScreeningNote, enterprise.ScreenedAtUtc,
            enterprise.RegisteredAtUtc, enterprise.IsSynthetic, enterprise.Version, users);
    }

    /// <summary>
    /// Applies the decision made on the form built from <paramref name="version"/>. Found is false when the enterprise
    /// does not exist; Problem is null when the decision is saved (and e-mailed), else why it was refused.
    /// </summary>
    public async Task<(bool Found, ScreeningProblem? Problem)> DecideAsync(int id, ScreeningAction action, string? reason, Guid version, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null)
        {
            return (false, null);
        }

        if (enterprise.Version != version)
        {
            return (true, ScreeningProblem.DecidedMeanwhile);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var problem = action switch
        {
            ScreeningAction.Approve => enterprise.Approve(now),
            ScreeningAction.Reject => enterprise.Reject(reason, now),
            ScreeningAction.Suspend => enterprise.Suspend(reason, now),
            ScreeningAction.Lift => enterprise.LiftSuspension(now),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (problem is not null)
        {
            db.ChangeTracker.Clear();
            return (true, problem);
        }

        var userIds = await db.Users.Where(u => u.EnterpriseId == id).Select(u => u.Id).ToListAsync(cancellationToken);
        if (action == ScreeningAction.Suspend)
        {
            // A suspended company's people are signed out everywhere at their next request.
            foreach (var user in await db.Users.Where(u => u.EnterpriseId == id).ToListAsync(cancellationToken))
            {
                user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            }
        }

        await notifier.NotifyAsync(userIds, new ScreeningDecided(enterprise.NameJa, action, enterprise.ScreeningNote), cancellationToken);
        try
        {
            // The decision and its mails in one save: a concurrent decision refuses both.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (true, ScreeningProblem.DecidedMeanwhile);
        }

        logger.LogInformation("Enterprise {EnterpriseId} screening: {Action} → {Status}", id, action, enterprise.ScreeningStatus);
        return (true, null);
    }
}

/// <summary>
/// The operator's decision on a company's registration, to its users: what was decided, the reason where there is one
/// (quoted as written), and the next step — after an approval the tender search and the company page, after a
/// refusal or a suspension the company page to correct and ask again.
/// </summary>
[NotificationKind("enterprise.screening")]
public sealed record ScreeningDecided(string EnterpriseName, ScreeningAction Action, string? Reason) : NotificationMessage
{
    private const string CompanyPage = "/procurement/enterprises/mine";

    private const string TenderSearch = "/procurement";

    public override string LinkPath => Action is ScreeningAction.Approve or ScreeningAction.Lift ? TenderSearch : CompanyPage;

    public override IReadOnlyList<(string Label, string Path)> MoreLinks(IStringLocalizer L) =>
        Action is ScreeningAction.Approve or ScreeningAction.Lift ? [(L["企業アカウント（企業情報・ロゴ・同僚の招待）"].Value, CompanyPage)] : [];

    public override NotificationText Text(IStringLocalizer L)
    {
        var lines = new List<string> { EnterpriseName, "" };
        switch (Action)
        {
            case ScreeningAction.Approve:
                lines.Add(L["事務局の審査の結果、貴社の企業登録を承認しました。案件への質問・入札ができるようになり、企業PRページが公開されました。"].Value);
                lines.Add(L["次のリンクから案件を探せます。企業PRページの内容は企業アカウントで編集できます。"].Value);
                break;
            case ScreeningAction.Reject:
                lines.Add(L["事務局の審査の結果、貴社の企業登録を承認できませんでした。"].Value);
                lines.Add(L["理由: {0}", Reason ?? ""].Value);
                lines.Add(L["次のリンクから企業情報を修正のうえ、事務局までご連絡ください。"].Value);
                break;
            case ScreeningAction.Suspend:
                lines.Add(L["貴社の企業アカウントの利用を停止しました。停止中は入札・質問ができず、企業PRページは公開されません。"].Value);
                lines.Add(L["理由: {0}", Reason ?? ""].Value);
                lines.Add(L["次のリンクから企業情報を確認し、事務局までご連絡ください。"].Value);
                break;
            default:
                lines.Add(L["貴社の企業アカウントの利用停止を解除しました。"].Value);
                break;
        }

        return new NotificationText(L["【ALL JAPAN & TOKYO】{0}", Subject(L)].Value, string.Join('\n', lines));
    }

    private string Subject(IStringLocalizer L) => Action switch
    {
        ScreeningAction.Approve => L["企業登録を承認しました"].Value,
        ScreeningAction.Reject => L["企業登録を承認できませんでした"].Value,
        ScreeningAction.Suspend => L["企業アカウントの利用を停止しました"].Value,
        _ => L["企業アカウントの利用停止を解除しました"].Value,
    };
}
