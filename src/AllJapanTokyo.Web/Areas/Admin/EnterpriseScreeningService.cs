using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Admin.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Admin;

public enum ScreeningAction
{
    Approve,
    Reject,
    Suspend,
    Lift,
}

/// <summary>
/// The operator's screening of registered enterprises (issue 5, item 1): pending → approved or rejected with a
/// reason, suspension and its lifting. Each decision is saved with a concurrency check and e-mailed to the company's users.
/// </summary>
public sealed class EnterpriseScreeningService(AppDbContext db, IEmailSender email, TimeProvider clock, ILogger<EnterpriseScreeningService> logger)
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
                select new ScreeningListItem(e.Id, e.NameJa, e.CorporateNumber, p.Name.Ja, p.Name.En, e.ScreeningStatus, e.RegisteredAtUtc, e.IsSynthetic))
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

        var prefecture = await db.Prefectures.AsNoTracking().Where(p => p.Code == enterprise.PrefectureCode).Select(p => new { NameJa = p.Name.Ja, NameEn = p.Name.En }).FirstAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.EnterpriseId == id)
            .OrderBy(u => u.CreatedAtUtc)
            .Select(u => new RepresentativeItem(u.Email ?? "", u.DisplayName, u.EmailConfirmed))
            .ToListAsync(cancellationToken);
        return new ScreeningDetailsViewModel(
            enterprise.Id, enterprise.CorporateNumber, enterprise.NameJa, enterprise.NameKana, prefecture.NameJa, prefecture.NameEn,
            enterprise.Address, enterprise.JsicMajorGroup, enterprise.CapitalYen, enterprise.Employees, enterprise.IsSme, enterprise.Capabilities,
            enterprise.Certifications, enterprise.PrText, enterprise.ScreeningStatus, enterprise.ScreeningNote, enterprise.ScreenedAtUtc,
            enterprise.RegisteredAtUtc, enterprise.IsSynthetic, enterprise.Version, users);
    }

    /// <summary>Applies the decision; returns null when done, else the Japanese / English reason it was refused.</summary>
    public async Task<string?> DecideAsync(int id, ScreeningAction action, string? reason, Guid version, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null)
        {
            return "企業が見つかりません。 / The enterprise was not found.";
        }

        if (enterprise.Version != version)
        {
            return "この企業は他の担当者が先に審査しました。最新の状態を確認してください。 / Someone else decided on this enterprise first; check its current state.";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var problem = action switch
        {
            ScreeningAction.Approve => enterprise.Approve(now),
            ScreeningAction.Reject => enterprise.Reject(reason, now),
            ScreeningAction.Suspend => enterprise.Suspend(reason, now),
            ScreeningAction.Lift => enterprise.LiftSuspension(now),
            _ => "操作が正しくありません。 / Unknown action.",
        };
        if (problem is not null)
        {
            db.ChangeTracker.Clear();
            return problem;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return "この企業は他の担当者が先に審査しました。最新の状態を確認してください。 / Someone else decided on this enterprise first; check its current state.";
        }

        logger.LogInformation("Enterprise {EnterpriseId} screening: {Action} → {Status}", id, action, enterprise.ScreeningStatus);
        await NotifyAsync(enterprise, action, cancellationToken);
        return null;
    }

    private async Task NotifyAsync(Enterprise enterprise, ScreeningAction action, CancellationToken cancellationToken)
    {
        var (subject, text) = action switch
        {
            ScreeningAction.Approve => ("企業登録を承認しました / Your registration is approved",
                "事務局の審査の結果、貴社の企業登録を承認しました。案件への質問・入札ができるようになり、企業PRページが公開されました。\n\nYour company's registration is approved: you can now ask questions and bid, and your PR page is public."),
            ScreeningAction.Reject => ("企業登録を承認できませんでした / Your registration was not approved",
                $"事務局の審査の結果、貴社の企業登録を承認できませんでした。\n\n理由: {enterprise.ScreeningNote}\n\n内容を修正のうえ、事務局までご連絡ください。\n\nYour company's registration was not approved. Reason given above."),
            ScreeningAction.Suspend => ("企業アカウントの利用を停止しました / Your company account is suspended",
                $"貴社の企業アカウントの利用を停止しました。停止中は入札・質問ができず、企業PRページは公開されません。\n\n理由: {enterprise.ScreeningNote}\n\nYour company account is suspended; reason given above."),
            _ => ("企業アカウントの利用停止を解除しました / Your company account is reinstated",
                "貴社の企業アカウントの利用停止を解除しました。\n\nYour company account is reinstated."),
        };
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.EnterpriseId == enterprise.Id && u.Email != null)
            .Select(u => new { Email = u.Email!, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            await email.SendAsync(new EmailMessage(
                recipient.Email,
                $"【ALL JAPAN & TOKYO】{subject}",
                $"{enterprise.NameJa}\n{recipient.DisplayName} 様\n\n{text}\n"), cancellationToken);
        }
    }
}
