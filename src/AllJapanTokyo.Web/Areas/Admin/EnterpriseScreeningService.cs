using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Admin.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
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
/// lifting. Each decision is saved with a concurrency check, together with the mails to the company's users in the
/// outbox: a decision is never stored without its mails, nor a mail sent for a decision that was refused.
/// </summary>
public sealed class EnterpriseScreeningService(
    AppDbContext db,
    IStringLocalizer L,
    TimeProvider clock,
    ILogger<EnterpriseScreeningService> logger)
{
    public const int PageSize = 50;

    /// <summary>The screening mails' kind in the outbox.</summary>
    public const string OutboxKind = "admin.enterprise-screening";

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

        await QueueMailsAsync(enterprise, action, now, cancellationToken);
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

    /// <summary>
    /// Queues the decision's mail to each of the company's users, in the caller's unit of work. Their language is not
    /// known (the operator's page says nothing about it), so each letter is written in Japanese, then in English.
    /// </summary>
    private async Task QueueMailsAsync(Enterprise enterprise, ScreeningAction action, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var subject = $"{L.Within(PortalLanguage.Japanese, () => L["【ALL JAPAN & TOKYO】{0}", Subject(action)].Value)} / {L.Within(PortalLanguage.English, () => Subject(action))}";
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.EnterpriseId == enterprise.Id && u.Email != null)
            .Select(u => new { Email = u.Email!, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            var body = string.Join(
                "\n\n----------------------------------------\n\n",
                L.Within(PortalLanguage.Japanese, () => Letter(enterprise, action, recipient.DisplayName)),
                L.Within(PortalLanguage.English, () => Letter(enterprise, action, recipient.DisplayName)));
            db.OutboxMessages.Add(OutboxMessage.Queue(new EmailMessage(recipient.Email, subject, body), OutboxKind, nowUtc));
        }
    }

    private string Subject(ScreeningAction action) => action switch
    {
        ScreeningAction.Approve => L["企業登録を承認しました"].Value,
        ScreeningAction.Reject => L["企業登録を承認できませんでした"].Value,
        ScreeningAction.Suspend => L["企業アカウントの利用を停止しました"].Value,
        _ => L["企業アカウントの利用停止を解除しました"].Value,
    };

    /// <summary>The letter in the current language; the operator's reason is quoted as written.</summary>
    private string Letter(Enterprise enterprise, ScreeningAction action, string recipientName)
    {
        var lines = new List<string> { enterprise.NameJa, L["{0} 様", recipientName].Value, "" };
        switch (action)
        {
            case ScreeningAction.Approve:
                lines.Add(L["事務局の審査の結果、貴社の企業登録を承認しました。案件への質問・入札ができるようになり、企業PRページが公開されました。"].Value);
                break;
            case ScreeningAction.Reject:
                lines.Add(L["事務局の審査の結果、貴社の企業登録を承認できませんでした。"].Value);
                lines.Add("");
                lines.Add(L["理由: {0}", enterprise.ScreeningNote ?? ""].Value);
                lines.Add("");
                lines.Add(L["内容を修正のうえ、事務局までご連絡ください。"].Value);
                break;
            case ScreeningAction.Suspend:
                lines.Add(L["貴社の企業アカウントの利用を停止しました。停止中は入札・質問ができず、企業PRページは公開されません。"].Value);
                lines.Add("");
                lines.Add(L["理由: {0}", enterprise.ScreeningNote ?? ""].Value);
                break;
            default:
                lines.Add(L["貴社の企業アカウントの利用停止を解除しました。"].Value);
                break;
        }

        return string.Join('\n', lines);
    }
}
