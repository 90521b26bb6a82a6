using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.Bidding;

/// <summary>
/// What an enterprise does on a tender: ask, bid, revise, withdraw, look for joint-bid partners. Every rule reads the
/// clock at the moment of the post, so a page opened before the deadline cannot bid after it. An enterprise only ever
/// reads and writes its own bid.
/// </summary>
public sealed class BiddingService(AppDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

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
        if (await EnterpriseProblemAsync(tender, enterpriseId, cancellationToken) is { } who)
        {
            return ChangeResult.Refused("", who);
        }

        if (tender.BidProblem(now) is { } timing)
        {
            return ChangeResult.Refused("", timing);
        }

        var problems = new ChangeProblems();
        var amount = TypedNumber.Yen(input.AmountYen);
        if (Bid.AmountProblem(amount) is { } amountProblem)
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

        if (problems.Count > 0)
        {
            return new ChangeResult(true, problems);
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

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ChangeResult.Done(isNew ? ChangeNotice.BidReceived : ChangeNotice.BidRevised);
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

        bid.Withdraw(Now);
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
