using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.Notices;

/// <summary>
/// Who hears of each hand-over of a tender, through the <see cref="Notifier"/>: the notifications and their mails join
/// the caller's unit of work, so they are stored with the change (in its SaveChanges) or not at all. A company is told
/// through every account of the company; a buyer through every account of its organisation.
/// </summary>
public sealed class TenderNotices(AppDbContext db, Notifier notifier)
{
    /// <summary>A new question: the buyer's staff, who answer it.</summary>
    public async Task QuestionAskedAsync(Tender tender, CancellationToken cancellationToken)
    {
        var staff = await db.Users.Where(u => u.OrganizationId == tender.BuyerOrganizationId).Select(u => u.Id).ToListAsync(cancellationToken);
        await notifier.NotifyAsync(staff, new TenderQuestionAsked(tender.Id, tender.Reference, tender.Title), cancellationToken);
    }

    /// <summary>An answer: the asker, then everyone else who bid on or watches the tender.</summary>
    public async Task AnsweredAsync(Tender tender, int askerEnterpriseId, CancellationToken cancellationToken)
    {
        var asker = await UsersOfAsync([askerEnterpriseId], cancellationToken);
        await notifier.NotifyAsync(asker.Select(u => u.UserId), new TenderQuestionAnswered(tender.Id, tender.Reference, tender.Title, ToAsker: true), cancellationToken);
        var others = (await FollowersAsync(tender.Id, cancellationToken)).Where(u => u.EnterpriseId != askerEnterpriseId).Select(u => u.UserId);
        await notifier.NotifyAsync(others, new TenderQuestionAnswered(tender.Id, tender.Reference, tender.Title, ToAsker: false), cancellationToken);
    }

    /// <summary>
    /// A public amendment: bidders and watchers. A bidder whose standing bid was placed before a change of the dates,
    /// the amount or the documents is told that its bid predates it.
    /// </summary>
    public async Task AmendedAsync(Tender tender, TenderAmendment amendment, CancellationToken cancellationToken)
    {
        var followers = await FollowersAsync(tender.Id, cancellationToken);
        var standing = await db.Bids.Where(Bid.IsStanding).Where(b => b.TenderId == tender.Id)
            .Select(b => new { b.EnterpriseId, b.SubmittedAtUtc })
            .ToListAsync(cancellationToken);
        var before = standing.Where(b => Bid.PlacedBefore(b.SubmittedAtUtc, tender.MaterialChangeAtUtc)).Select(b => b.EnterpriseId).ToHashSet();
        foreach (var group in followers.GroupBy(f => before.Contains(f.EnterpriseId)))
        {
            await notifier.NotifyAsync(group.Select(u => u.UserId), new TenderAmended(tender.Id, tender.Reference, tender.Title, amendment.Number, amendment.Reason, BidPlacedBefore: group.Key), cancellationToken);
        }
    }

    public async Task CancelledAsync(Tender tender, CancellationToken cancellationToken)
    {
        var followers = await FollowersAsync(tender.Id, cancellationToken);
        await notifier.NotifyAsync(followers.Select(f => f.UserId), new TenderCancelledNotice(tender.Id, tender.Reference, tender.Title, tender.CancellationReason ?? ""), cancellationToken);
    }

    /// <summary>The award: the winner, the other bidders and the watchers each hear how it ended for them.</summary>
    public async Task AwardedAsync(Tender tender, Bid winner, CancellationToken cancellationToken)
    {
        var followers = await FollowersAsync(tender.Id, cancellationToken);
        var bidders = await db.Bids.Where(b => b.TenderId == tender.Id).Select(b => b.EnterpriseId).ToListAsync(cancellationToken);
        foreach (var group in followers.GroupBy(f => f.EnterpriseId == winner.EnterpriseId ? AwardOutcome.Won : bidders.Contains(f.EnterpriseId) ? AwardOutcome.NotWon : AwardOutcome.Watched))
        {
            await notifier.NotifyAsync(group.Select(u => u.UserId), new TenderAwardedNotice(tender.Id, tender.Reference, tender.Title, group.Key), cancellationToken);
        }
    }

    public async Task UnsuccessfulAsync(Tender tender, CancellationToken cancellationToken)
    {
        var followers = await FollowersAsync(tender.Id, cancellationToken);
        await notifier.NotifyAsync(followers.Select(f => f.UserId), new TenderUnsuccessfulNotice(tender.Id, tender.Reference, tender.Title), cancellationToken);
    }

    /// <summary>The bidder's receipt of a submission, revision or withdrawal, to every account of the company.</summary>
    public async Task BidReceiptAsync(Tender tender, Bid bid, BidReceiptKind receipt, DateTime atUtc, CancellationToken cancellationToken)
    {
        var users = await UsersOfAsync([bid.EnterpriseId], cancellationToken);
        await notifier.NotifyAsync(
            users.Select(u => u.UserId),
            new BidReceipt(tender.Id, tender.Reference, tender.Title, receipt, bid.ReceiptNumber(tender.Reference), atUtc, bid.AmountYen, bid.AttachmentFileName),
            cancellationToken);
    }

    /// <summary>The accounts of every company that bid on (whether or not it withdrew) or watches the tender.</summary>
    private Task<List<Recipient>> FollowersAsync(int tenderId, CancellationToken cancellationToken)
    {
        var companies = db.Bids.Where(b => b.TenderId == tenderId).Select(b => b.EnterpriseId)
            .Union(db.TenderWatches.Where(w => w.TenderId == tenderId).Select(w => w.EnterpriseId));
        return db.Users.Where(u => u.EnterpriseId != null && companies.Contains(u.EnterpriseId.Value))
            .Select(u => new Recipient(u.Id, u.EnterpriseId!.Value))
            .ToListAsync(cancellationToken);
    }

    private Task<List<Recipient>> UsersOfAsync(IReadOnlyList<int> enterpriseIds, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.EnterpriseId != null && enterpriseIds.Contains(u.EnterpriseId.Value))
            .Select(u => new Recipient(u.Id, u.EnterpriseId!.Value))
            .ToListAsync(cancellationToken);

    private sealed record Recipient(string UserId, int EnterpriseId);
}
