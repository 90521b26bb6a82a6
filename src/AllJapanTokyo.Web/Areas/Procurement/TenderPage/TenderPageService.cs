using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.TenderPage;

/// <summary>A tender page as read for one viewer, with the tender it was read from (the buyer workspace needs its stored state).</summary>
public sealed record TenderPageRead(TenderPageViewModel Page, Tender Tender, IReadOnlyList<TenderQuestionItem> AllQuestions);

/// <summary>
/// The tender page (details, documents, public Q&amp;A, joint-bid partners, the result) for anyone; a signed-in
/// enterprise also gets its own panel, a buyer its drafts. The tender is read once, with its buyer, its place and the
/// winner's name; the rules (status, eligibility, bidding and question periods) are the domain's, applied to it.
/// </summary>
public sealed class TenderPageService(AppDbContext db, TimeProvider clock)
{
    public async Task<TenderPageViewModel?> PageAsync(int id, int? enterpriseId, int? buyerOrganizationId, CancellationToken cancellationToken) =>
        (await ReadAsync(id, enterpriseId, buyerOrganizationId, cancellationToken))?.Page;

    /// <summary>
    /// The page of tender <paramref name="id"/>. Drafts exist only for staff of the buyer that wrote them
    /// (<paramref name="buyerOrganizationId"/>); <paramref name="enterpriseId"/> adds the enterprise's own panel and its
    /// own unanswered questions. For the tender's own buyer, <see cref="TenderPageRead.AllQuestions"/> holds every question.
    /// </summary>
    public async Task<TenderPageRead?> ReadAsync(int id, int? enterpriseId, int? buyerOrganizationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await (
                from t in db.Tenders.AsNoTracking().Where(Tender.VisibleTo(buyerOrganizationId))
                where t.Id == id
                join o in db.Organizations on t.BuyerOrganizationId equals o.Id
                join p in db.Prefectures on t.DeliveryPrefectureCode equals p.Code
                select new
                {
                    Tender = t,
                    BuyerNameJa = o.NameJa,
                    BuyerNameEn = o.NameEn,
                    Delivery = p.Name,
                    AwardedEnterpriseJa = (from b in db.Bids where b.Id == t.AwardedBidId join e in db.Enterprises on b.EnterpriseId equals e.Id select e.NameJa).FirstOrDefault(),
                })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var tender = row.Tender;
        var status = tender.StatusAt(now);
        var ownBuyer = buyerOrganizationId == tender.BuyerOrganizationId;

        var otherCodes = Tender.SplitCodes(tender.OtherDeliveryPrefectureCodes);
        var eligibleCodes = Tender.SplitCodes(tender.EligiblePrefectureCodes);
        var names = await db.PrefectureNamesAsync(cancellationToken);

        var documents = await db.TenderDocuments.AsNoTracking().Where(d => d.TenderId == id).OrderBy(d => d.Id)
            .Select(d => new TenderDocumentItem(d.Id, d.FileName, d.SizeBytes, d.UploadedAtUtc))
            .ToListAsync(cancellationToken);

        // Answered questions are public; an enterprise also sees its own questions still waiting for an answer, and the
        // tender's buyer sees every question (to answer it).
        var questions = await db.TenderQuestions.AsNoTracking()
            .Where(q => q.TenderId == id && (ownBuyer || q.AnsweredAtUtc != null || q.EnterpriseId == enterpriseId))
            .OrderBy(q => q.AskedAtUtc).ThenBy(q => q.Id)
            .Select(q => new TenderQuestionItem(q.Id, q.QuestionText, q.AskedAtUtc, q.AnswerText, q.AnsweredAtUtc, q.EnterpriseId == enterpriseId))
            .ToListAsync(cancellationToken);

        var interests = await (
                from i in db.TenderInterests.AsNoTracking()
                where i.TenderId == id
                join e in db.Enterprises on i.EnterpriseId equals e.Id
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                orderby i.RegisteredAtUtc
                select new TenderInterestItem(e.Id, e.NameJa, p.Name, i.Message, i.RegisteredAtUtc, e.IsSynthetic))
            .ToListAsync(cancellationToken);

        // The number of bids is public only once the tender period is over, and the query itself says so.
        int? bidCount = null;
        if (tender.BidsAreOpen(now) && status != TenderStatus.Cancelled)
        {
            var opened = db.Tenders.Where(Tender.BidsOpenAt(now));
            bidCount = await db.Bids.Where(Bid.IsStanding).CountAsync(b => b.TenderId == id && opened.Any(t => t.Id == b.TenderId), cancellationToken);
        }

        var result = new TenderResult(
            status, tender.CancellationReason, tender.CancelledAtUtc, tender.AwardedAmountYen, row.AwardedEnterpriseJa,
            tender.AwardedAtUtc, tender.ContractAmountYen, tender.ContractSignedOn, bidCount);
        var amendments = await db.TenderAmendments.AsNoTracking().Where(a => a.TenderId == id).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var bidder = enterpriseId is { } eid ? await BidderPanelAsync(tender, eid, now, cancellationToken) : null;
        var details = new TenderDetailsViewModel(
            tender.Id, tender.Reference, tender.Title, tender.Description, row.BuyerNameJa, row.BuyerNameEn, tender.Category, tender.Method, status,
            tender.PublishedAtUtc, tender.EnquiryEndUtc, tender.TenderStartUtc, tender.TenderEndUtc, tender.BudgetYen,
            row.Delivery, tender.Nationwide, tender.ContactJa, tender.IsSynthetic);
        var page = new TenderPageViewModel(
            details,
            otherCodes.Select(c => names[c]).ToList(),
            eligibleCodes.Select(c => names[c]).ToList(),
            documents,
            questions.Where(q => q.AnswerText is not null || q.AskedByViewer).ToList(),
            interests,
            result,
            bidder,
            ownBuyer)
        {
            BidForm = new BidInput
            {
                SubmissionKey = Guid.NewGuid(),
                AmountYen = bidder?.Bid is { Status: BidStatus.Active } own ? own.AmountYen.ToString(CultureInfo.InvariantCulture) : null,
                Note = bidder?.Bid?.Note,
            },
            InterestForm = new InterestInput { Message = bidder?.InterestMessage },
            Amendments = amendments.Select(a => new TenderAmendmentItem(a.Number, a.AmendedAtUtc, a.Reason, a.Changes)).ToList(),
        };
        return new TenderPageRead(page, tender, ownBuyer ? questions : []);
    }

    /// <summary>A document of a public tender (or of a draft, for its own buyer).</summary>
    public async Task<(string FileName, byte[] Content)?> DocumentAsync(int tenderId, int documentId, int? buyerOrganizationId, CancellationToken cancellationToken)
    {
        var visible = db.Tenders.Where(Tender.VisibleTo(buyerOrganizationId));
        var document = await db.TenderDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.TenderId == tenderId && visible.Any(t => t.Id == d.TenderId))
            .Select(d => new { d.FileName, d.Content })
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : (document.FileName, document.Content);
    }

    /// <summary>What the signed-in enterprise may do on the tender now, with its own bid and notice (never another's).</summary>
    private async Task<BidderPanel?> BidderPanelAsync(Tender tender, int enterpriseId, DateTime now, CancellationToken cancellationToken)
    {
        var bidders = db.Enterprises.Where(Enterprise.MayBid);
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId)
            .Select(e => new { e.NameJa, e.PrefectureCode, MayBid = bidders.Any(b => b.Id == e.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        // The enterprise's own bid only: the query is filtered on its id, never on the tender alone.
        var bid = await db.Bids.AsNoTracking().Where(b => b.TenderId == tender.Id && b.EnterpriseId == enterpriseId)
            .Select(b => new OwnBid(b.AmountYen, b.Note, b.Status, b.SubmittedAtUtc, b.Revision, b.AttachmentFileName, Bid.PlacedBefore(b.SubmittedAtUtc, tender.MaterialChangeAtUtc)))
            .FirstOrDefaultAsync(cancellationToken);
        var watching = await db.TenderWatches.AnyAsync(w => w.TenderId == tender.Id && w.EnterpriseId == enterpriseId, cancellationToken);
        var interest = await db.TenderInterests.AsNoTracking().Where(i => i.TenderId == tender.Id && i.EnterpriseId == enterpriseId)
            .Select(i => new { i.Message })
            .FirstOrDefaultAsync(cancellationToken);
        return new BidderPanel(
            enterpriseId,
            enterprise.NameJa,
            enterprise.MayBid,
            tender.IsEligible(enterprise.PrefectureCode),
            tender.BidProblem(now),
            tender.QuestionProblem(now),
            bid,
            interest is not null,
            interest?.Message,
            watching);
    }
}
