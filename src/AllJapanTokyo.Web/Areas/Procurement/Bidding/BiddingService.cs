using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Notices;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.Bidding;

/// <summary>
/// What an enterprise does on a tender: ask, bid, revise, withdraw, look for joint-bid partners. Every rule reads the
/// clock at the moment of the post, so a page opened before the deadline cannot bid after it. An enterprise only ever
/// reads and writes its own bid. Every bid written or withdrawn sends the bidder a receipt, and a question tells the
/// buyer, in the same SaveChanges (<see cref="TenderNotices"/>).
/// </summary>
public sealed class BiddingService(AppDbContext db, TenderNotices notices, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Checks a bid as <see cref="SubmitBidAsync"/> would, without writing anything: the confirmation page shows the amount
    /// as read (<paramref name="amountYen"/>) before the bidder places it.
    /// </summary>
    public async Task<(ChangeResult Result, long? AmountYen)> ReviewBidAsync(int tenderId, int enterpriseId, BidInput input, UploadedFile? attachment, CancellationToken cancellationToken)
    {
        var tender = await PublicTenderAsync(tenderId, cancellationToken);
        if (tender is null)
        {
            return (ChangeResult.NotFound, null);
        }

        var (problem, amount) = await CheckBidAsync(tender, enterpriseId, input, attachment, cancellationToken);
        return (problem ?? ChangeResult.Done(ChangeNotice.BidReceived), amount);
    }

    /// <summary>Everything that refuses a bid (who, when, what was typed), or null with the amount read.</summary>
    private async Task<(ChangeResult? Refused, long? AmountYen)> CheckBidAsync(Tender tender, int enterpriseId, BidInput input, UploadedFile? attachment, CancellationToken cancellationToken)
    {
        if (await EnterpriseProblemAsync(tender, enterpriseId, cancellationToken) is { } who)
        {
            return (ChangeResult.Refused("", who), null);
        }

        if (tender.BidProblem(Now) is { } timing)
        {
            return (ChangeResult.Refused("", timing), null);
        }

        var problems = new ChangeProblems();
        if (TypedNumber.TryParseYen(input.AmountYen, Bid.MaxAmountYen, out var amount) is { } numberProblem)
        {
            problems.Add(nameof(BidInput.AmountYen), numberProblem);
        }
        else if (Bid.AmountProblem(amount) is { } amountProblem)
        {
            problems.Add(nameof(BidInput.AmountYen), amountProblem);
        }

        if (Bid.NoteProblem(input.Note) is { } noteProblem)
        {
            problems.Add(nameof(BidInput.Note), noteProblem);
        }

        if (attachment?.Problem is { } fileProblem)
        {
            problems.Add("Attachment", fileProblem);
        }

        if (input.SubmissionKey == Guid.Empty)
        {
            problems.Add("", FormProblem.FormExpired);
        }

        return problems.Count > 0 ? (new ChangeResult(true, problems), null) : (null, amount);
    }

    /// <summary>The attachment of the enterprise's own bid on the tender (never another's), for it to check what it sent.</summary>
    public async Task<(string FileName, byte[] Content)?> OwnAttachmentAsync(int tenderId, int enterpriseId, CancellationToken cancellationToken)
    {
        var row = await db.Bids.AsNoTracking()
            .Where(b => b.TenderId == tenderId && b.EnterpriseId == enterpriseId && b.AttachmentContent != null)
            .Select(b => new { b.AttachmentFileName, b.AttachmentContent })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.AttachmentFileName ?? "bid.pdf", row.AttachmentContent!);
    }

    /// <summary>ウォッチ: follows (or with <paramref name="watch"/> false, stops following) a public tender.</summary>
    public async Task<ChangeResult> WatchAsync(int tenderId, int enterpriseId, bool watch, CancellationToken cancellationToken)
    {
        if (await PublicTenderAsync(tenderId, cancellationToken) is null)
        {
            return ChangeResult.NotFound;
        }

        var existing = await db.TenderWatches.FirstOrDefaultAsync(w => w.TenderId == tenderId && w.EnterpriseId == enterpriseId, cancellationToken);
        if (watch && existing is null)
        {
            db.TenderWatches.Add(new TenderWatch { TenderId = tenderId, EnterpriseId = enterpriseId, WatchedAtUtc = Now });
        }
        else if (!watch && existing is not null)
        {
            db.TenderWatches.Remove(existing);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (watch)
        {
            // Watched from another tab at the same moment: the unique index kept one watch, which is what was asked.
        }

        return ChangeResult.Done(watch ? ChangeNotice.Watching : ChangeNotice.Unwatched);
    }

    /// <summary>
    /// Submits or revises the enterprise's bid. The clock is read now (a page opened before the deadline does not help),
    /// and a form posted twice (the same submission key) leaves one bid, as does a race between two posts (unique index).
    /// </summary>
    public async Task<ChangeResult> SubmitBidAsync(int tenderId, int enterpriseId, BidInput input, UploadedFile? attachment, CancellationToken cancellationToken)
    {
        var tender = await PublicTenderAsync(tenderId, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        var now = Now;
        var (refused, amount) = await CheckBidAsync(tender, enterpriseId, input, attachment, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        for (var attempt = 0; ; attempt++)
        {
            var bid = await db.Bids.FirstOrDefaultAsync(b => b.TenderId == tenderId && b.EnterpriseId == enterpriseId, cancellationToken);
            if (bid is not null && bid.SubmissionKey == input.SubmissionKey)
            {
                return ChangeResult.Done(ChangeNotice.BidReceivedAgain);
            }

            var isNew = bid is null;
            bid ??= db.Bids.Add(new Bid { TenderId = tenderId, EnterpriseId = enterpriseId }).Entity;
            bid.Write(amount!.Value, input.Note, input.SubmissionKey, now);
            if (attachment is not null)
            {
                bid.Attach(attachment.FileName, attachment.Content);
            }

            if (isNew)
            {
                // The receipt needs the bid's id: store the bid, then the receipt with it, in one transaction.
                await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await notices.BidReceiptAsync(tender, bid, BidReceiptKind.Received, now, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return ChangeResult.Done(ChangeNotice.BidReceived);
                }
                catch (DbUpdateException) when (attempt == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    continue;
                }
            }

            try
            {
                await notices.BidReceiptAsync(tender, bid, BidReceiptKind.Revised, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return ChangeResult.Done(ChangeNotice.BidRevised);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another post of this enterprise won the race (unique index or version): read the stored bid and decide again.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<ChangeResult> WithdrawBidAsync(int tenderId, int enterpriseId, CancellationToken cancellationToken)
    {
        var tender = await PublicTenderAsync(tenderId, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        if (tender.BidProblem(Now) is { } timing)
        {
            return ChangeResult.Refused("", timing);
        }

        var bid = await db.Bids.Where(Bid.IsStanding).FirstOrDefaultAsync(b => b.TenderId == tenderId && b.EnterpriseId == enterpriseId, cancellationToken);
        if (bid is null)
        {
            return ChangeResult.Refused("", FormProblem.NoBidToWithdraw);
        }

        var now = Now;
        bid.Withdraw(now);
        await notices.BidReceiptAsync(tender, bid, BidReceiptKind.Withdrawn, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.BidWithdrawn);
    }

    public async Task<ChangeResult> AskAsync(int tenderId, int enterpriseId, QuestionInput input, CancellationToken cancellationToken)
    {
        var tender = await PublicTenderAsync(tenderId, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        if (await EnterpriseProblemAsync(tender, enterpriseId, cancellationToken) is { } who)
        {
            return ChangeResult.Refused("", who);
        }

        var now = Now;
        if (tender.QuestionProblem(now) is { } timing)
        {
            return ChangeResult.Refused("", timing);
        }

        if (TenderQuestion.TextProblem(input.QuestionText, answer: false) is { } text)
        {
            return ChangeResult.Refused(nameof(QuestionInput.QuestionText), text);
        }

        db.TenderQuestions.Add(new TenderQuestion { TenderId = tenderId, EnterpriseId = enterpriseId, QuestionText = input.QuestionText!.Trim(), AskedAtUtc = now });
        await notices.QuestionAskedAsync(tender, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.QuestionSent);
    }

    /// <summary>Registers (or updates, or with <paramref name="remove"/> removes) the enterprise's interest in finding joint-bid partners.</summary>
    public async Task<ChangeResult> RegisterInterestAsync(int tenderId, int enterpriseId, InterestInput input, bool remove, CancellationToken cancellationToken)
    {
        var tender = await PublicTenderAsync(tenderId, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        var existing = await db.TenderInterests.FirstOrDefaultAsync(i => i.TenderId == tenderId && i.EnterpriseId == enterpriseId, cancellationToken);
        if (remove)
        {
            if (existing is not null)
            {
                db.TenderInterests.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }

            return ChangeResult.Done(ChangeNotice.InterestRemoved);
        }

        if (await EnterpriseProblemAsync(tender, enterpriseId, cancellationToken) is { } who)
        {
            return ChangeResult.Refused("", who);
        }

        if (tender.PartnerSearchProblem(Now) is { } timing)
        {
            return ChangeResult.Refused("", timing);
        }

        if (TenderInterest.MessageProblem(input.Message) is { } messageProblem)
        {
            return ChangeResult.Refused(nameof(InterestInput.Message), messageProblem);
        }

        var message = TenderInterest.Clean(input.Message);
        if (existing is null)
        {
            db.TenderInterests.Add(new TenderInterest { TenderId = tenderId, EnterpriseId = enterpriseId, Message = message, RegisteredAtUtc = Now });
        }
        else
        {
            existing.Message = message;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.InterestListed);
    }

    /// <summary>Why this enterprise may not act on this tender at all (not approved, not eligible), or null.</summary>
    private async Task<FormProblem?> EnterpriseProblemAsync(Tender tender, int enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().Where(Enterprise.MayBid).Where(e => e.Id == enterpriseId)
            .Select(e => new { e.PrefectureCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return FormProblem.EnterpriseNotApproved;
        }

        return tender.IsEligible(enterprise.PrefectureCode) ? null : FormProblem.EnterpriseNotEligible;
    }

    private Task<Tender?> PublicTenderAsync(int id, CancellationToken cancellationToken) =>
        db.Tenders.AsNoTracking().Where(Tender.IsPublic).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
}
