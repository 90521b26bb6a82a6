using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;

/// <summary>
/// The e-mails that tell bidders how a tender they bid on ended: cancelled, without an award, won or lost. The
/// portal does not know a bidder's language, so each mail says it in Japanese, then in English, both from the translations.
/// </summary>
public sealed class BidderNotifications(AppDbContext db, IEmailSender mail, IStringLocalizer L, LinkGenerator links, ILogger<BidderNotifications> logger)
{
    private static readonly PortalLanguage[] Languages = [PortalLanguage.Japanese, PortalLanguage.English];

    /// <summary>E-mails every person of every enterprise that bid (active or withdrawn) about the tender's new status.</summary>
    public async Task NotifyBiddersAsync(Tender tender, int? winningBidId, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tender);
        var recipients = await (
                from b in db.Bids.AsNoTracking()
                where b.TenderId == tender.Id
                join u in db.Users on b.EnterpriseId equals u.EnterpriseId
                where u.Email != null
                select new { u.Email, b.Id })
            .ToListAsync(cancellationToken);

        // The tender page at the root: the Japanese page, from which a reader switches language.
        var url = baseUrl.TrimEnd('/') + links.GetPathByAction("Details", "Tenders", new { area = "Procurement", id = tender.Id });
        foreach (var recipient in recipients)
        {
            var (subject, body) = Compose(tender, won: recipient.Id == winningBidId, url);
            try
            {
                await mail.SendAsync(new EmailMessage(recipient.Email!, subject, body), cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The decision is stored; a mail server outage must not undo it. The log says who was not told.
                logger.LogError(error, "Could not e-mail a bidder of tender {TenderId} about {Status}", tender.Id, tender.Status);
            }
        }
    }

    private (string Subject, string Body) Compose(Tender tender, bool won, string url)
    {
        var (title, reference) = (tender.Title, tender.Reference);
        return tender.Status switch
        {
            TenderStatus.Cancelled => (
                Both(" / ", language => L.In(language, "【案件中止】{0} {1}", reference, title)),
                Both("\n\n", language => $"{L.In(language, "入札いただいた案件「{0}」（{1}）は中止されました。", title, reference)}\n{L.In(language, "中止の理由: {0}", tender.CancellationReason ?? "")}\n{url}\n")),
            TenderStatus.Unsuccessful => (
                Both(" / ", language => L.In(language, "【入札結果】{0} 不調・不落", reference)),
                Both("\n\n", language => $"{L.In(language, "入札いただいた案件「{0}」（{1}）は、落札者なし（不調・不落）となりました。", title, reference)}\n{url}\n")),
            _ when won => (
                Both(" / ", language => L.In(language, "【落札】{0} {1}", reference, title)),
                Both("\n\n", language => $"{L.In(language, "入札いただいた案件「{0}」（{1}）で、貴社が落札者に決定しました。発注者からの連絡をお待ちください。", title, reference)}\n{url}\n")),
            _ => (
                Both(" / ", language => L.In(language, "【入札結果】{0} {1}", reference, title)),
                Both("\n\n", language => $"{L.In(language, "入札いただいた案件「{0}」（{1}）の落札者が決定しました。今回は貴社の入札は落札となりませんでした。", title, reference)}\n{url}\n")),
        };
    }

    /// <summary>The text in Japanese, then in English.</summary>
    private static string Both(string separator, Func<PortalLanguage, string> text) => string.Join(separator, Languages.Select(text));
}
