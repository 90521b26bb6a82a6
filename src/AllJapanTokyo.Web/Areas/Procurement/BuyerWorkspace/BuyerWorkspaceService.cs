using System.Globalization;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.TenderPage;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;

/// <summary>
/// The buyer's workspace of one tender: publish it, attach documents, answer questions, open the bids after the
/// deadline, award, record the contract, complete or cancel (bidders are e-mailed). Every query is filtered on the
/// buyer's organisation, and bids are read only by a query that itself requires the deadline to be past.
/// </summary>
public sealed class BuyerWorkspaceService(AppDbContext db, TenderPageService pages, BidderNotifications notifications, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The workspace of one of the organisation's tenders: its page as the buyer reads it, every question, and the bids once open.</summary>
    public async Task<WorkspaceViewModel?> WorkspaceAsync(int organizationId, int id, CancellationToken cancellationToken)
    {
        var read = await pages.ReadAsync(id, null, organizationId, cancellationToken);
        if (read is null || !read.Page.IsOwnBuyer)
        {
            return null;
        }

        var bids = await SealedBidsAsync(organizationId, id, cancellationToken);
        var questions = read.AllQuestions.OrderBy(q => q.AnsweredAtUtc is not null).ThenBy(q => q.AskedAtUtc).ToList();
        return new WorkspaceViewModel(read.Page, read.Tender.Status, read.Tender.BidsAreOpen(Now), bids, questions, read.Tender.AwardedBidId);
    }

    /// <summary>
    /// The bids on one of the buyer's tenders. Sealed in the query itself: a tender whose deadline has not passed
    /// yields no rows, whichever id is asked for, and another organisation's tender yields none either.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceBid>> SealedBidsAsync(int organizationId, int tenderId, CancellationToken cancellationToken)
    {
        var opened = db.Tenders.Where(Tender.BidsOpenAt(Now)).Where(Tender.IsPublic);
        return await (
                from b in db.Bids.AsNoTracking()
                where b.TenderId == tenderId
                join t in opened on b.TenderId equals t.Id
                where t.BuyerOrganizationId == organizationId
                join e in db.Enterprises on b.EnterpriseId equals e.Id
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                orderby b.Status, b.AmountYen, b.SubmittedAtUtc
                select new WorkspaceBid(b.Id, e.NameJa, e.CorporateNumber, p.Name, b.AmountYen, b.Note, b.Status, b.SubmittedAtUtc, b.Revision, b.AttachmentFileName != null, e.IsSynthetic))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The attachment of a bid, after the deadline, to its tender's buyer only.</summary>
    public async Task<(string FileName, byte[] Content)?> BidAttachmentAsync(int organizationId, int tenderId, int bidId, CancellationToken cancellationToken)
    {
        var opened = db.Tenders.Where(Tender.BidsOpenAt(Now));
        var row = await (
                from b in db.Bids.AsNoTracking()
                where b.Id == bidId && b.TenderId == tenderId && b.AttachmentContent != null
                join t in opened on b.TenderId equals t.Id
                where t.BuyerOrganizationId == organizationId
                select new { b.AttachmentFileName, b.AttachmentContent })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.AttachmentFileName ?? "bid.pdf", row.AttachmentContent!);
    }

    public Task<ChangeResult> PublishAsync(int organizationId, int id, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, t => t.Publish(Now), ChangeNotice.Published, cancellationToken);

    public Task<ChangeResult> MarkUnsuccessfulAsync(int organizationId, int id, string baseUrl, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, t => t.MarkUnsuccessful(Now), ChangeNotice.RecordedUnsuccessful, cancellationToken,
            t => notifications.NotifyBiddersAsync(t, null, baseUrl, cancellationToken));

    public Task<ChangeResult> CompleteAsync(int organizationId, int id, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, t => t.Complete(Now), ChangeNotice.Completed, cancellationToken);

    public async Task<ChangeResult> CancelAsync(int organizationId, int id, string? reason, string baseUrl, CancellationToken cancellationToken)
    {
        // The reason is checked first so that it shows beside its field rather than at the top of the page.
        if (Tender.ReasonProblem(reason) is { } reasonProblem)
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("CancelReason", reasonProblem);
        }

        return await ChangeAsync(organizationId, id, t => t.Cancel(reason, Now), ChangeNotice.Cancelled, cancellationToken,
            t => notifications.NotifyBiddersAsync(t, null, baseUrl, cancellationToken));
    }

    public async Task<ChangeResult> AwardAsync(int organizationId, int id, int? bidId, string baseUrl, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: true, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        var bid = bidId is null ? null : await db.Bids.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bidId && b.TenderId == id, cancellationToken);
        if (bid is null)
        {
            return ChangeResult.Refused("BidId", FormProblem.WinningBidMissing);
        }

        try
        {
            tender.Award(bid, Now);
        }
        catch (TenderRuleException error)
        {
            return ChangeResult.Refused("", error);
        }

        await db.SaveChangesAsync(cancellationToken);
        await notifications.NotifyBiddersAsync(tender, bid.Id, baseUrl, cancellationToken);
        return ChangeResult.Done(ChangeNotice.Awarded);
    }

    public async Task<ChangeResult> RecordContractAsync(int organizationId, int id, string? amountText, string? signedOnText, CancellationToken cancellationToken)
    {
        var amount = TypedNumber.Yen(amountText);
        if (amount is null)
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("ContractAmount", FormProblem.ContractAmountNotANumber);
        }

        if (!DateOnly.TryParseExact(signedOnText?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signedOn))
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("ContractSignedOn", FormProblem.ContractDateMissing);
        }

        return await ChangeAsync(organizationId, id, t => t.RecordContract(amount.Value, signedOn, Now), ChangeNotice.ContractRecorded, cancellationToken);
    }

    public async Task<ChangeResult> AnswerAsync(int organizationId, int id, int questionId, string? answer, CancellationToken cancellationToken)
    {
        var own = db.Tenders.Where(t => t.BuyerOrganizationId == organizationId);
        var question = await db.TenderQuestions
            .FirstOrDefaultAsync(q => q.Id == questionId && q.TenderId == id && own.Any(t => t.Id == q.TenderId), cancellationToken);
        if (question is null)
        {
            return ChangeResult.NotFound;
        }

        try
        {
            question.Answer(answer ?? "", Now);
        }
        catch (TenderRuleException error)
        {
            return ChangeResult.Refused("Answer", error);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.AnswerPublished);
    }

    public async Task<ChangeResult> AddDocumentAsync(int organizationId, int id, UploadedFile? file, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        if (tender.Status is not (TenderStatus.Draft or TenderStatus.Published))
        {
            return ChangeResult.Refused("Document", FormProblem.DocumentsClosed);
        }

        if (file is null)
        {
            return ChangeResult.Refused("Document", FormProblem.DocumentMissing);
        }

        if (file.Problem is { } problem)
        {
            return ChangeResult.Refused("Document", problem);
        }

        db.TenderDocuments.Add(new TenderDocument { TenderId = id, FileName = TenderDocument.SafeFileName(file.FileName), SizeBytes = file.Length, Content = file.Content, UploadedAtUtc = Now });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.DocumentAdded);
    }

    private async Task<ChangeResult> ChangeAsync(int organizationId, int id, Action<Tender> change, ChangeNotice notice, CancellationToken cancellationToken, Func<Tender, Task>? after = null)
    {
        var tender = await OwnAsync(organizationId, id, tracking: true, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        try
        {
            change(tender);
        }
        catch (TenderRuleException error)
        {
            return ChangeResult.Refused("", error);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Refused("", FormProblem.ChangedMeanwhile);
        }

        if (after is not null)
        {
            await after(tender);
        }

        return ChangeResult.Done(notice);
    }

    private Task<Tender?> OwnAsync(int organizationId, int id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Tenders.Where(t => t.Id == id && t.BuyerOrganizationId == organizationId);
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }
}
