using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Notices;
using AllJapanTokyo.Web.Areas.Procurement.Ocds;
using AllJapanTokyo.Web.Areas.Procurement.TenderPage;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;

/// <summary>
/// The buyer's workspace of one tender: publish it, attach documents, answer questions, amend it in public (訂正公告),
/// open the bids after the deadline, award, record the contract, complete or cancel. Every query is filtered on the
/// buyer's organisation, and bids are read only by a query that itself requires the deadline to be past. Whoever a
/// change hands over to is notified in the same SaveChanges as the change (<see cref="TenderNotices"/>).
/// </summary>
public sealed class BuyerWorkspaceService(AppDbContext db, TenderPageService pages, TenderNotices notices, OcdsHistory ocdsHistory, TimeProvider clock)
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

        var tender = read.Tender;
        var bids = await SealedBidsAsync(organizationId, id, cancellationToken);
        var questions = read.AllQuestions.OrderBy(q => q.AnsweredAtUtc is not null).ThenBy(q => q.AskedAtUtc).ToList();
        return new WorkspaceViewModel(read.Page, tender.Status, tender.BidsAreOpen(Now), bids, questions, tender.AwardedBidId)
        {
            MayAmend = tender.AmendProblem(Now) is null,
            AmendmentForm = AmendmentInput.From(tender),
        };
    }

    /// <summary>
    /// The bids on one of the buyer's tenders. Sealed in the query itself: a tender whose deadline has not passed
    /// yields no rows, whichever id is asked for, and another organisation's tender yields none either.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceBid>> SealedBidsAsync(int organizationId, int tenderId, CancellationToken cancellationToken)
    {
        var opened = db.Tenders.Where(Tender.BidsOpenAt(Now)).Where(Tender.IsPublic);
        var rows = await (
                from b in db.Bids.AsNoTracking()
                where b.TenderId == tenderId
                join t in opened on b.TenderId equals t.Id
                where t.BuyerOrganizationId == organizationId
                join e in db.Enterprises on b.EnterpriseId equals e.Id
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                orderby b.Status, b.AmountYen, b.SubmittedAtUtc
                select new { b.Id, e.NameJa, e.CorporateNumber, p.Name, b.AmountYen, b.Note, b.Status, b.SubmittedAtUtc, b.Revision, HasAttachment = b.AttachmentFileName != null, e.IsSynthetic, t.MaterialChangeAtUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(b => new WorkspaceBid(
                b.Id, b.NameJa, b.CorporateNumber, b.Name, b.AmountYen, b.Note, b.Status, b.SubmittedAtUtc, b.Revision, b.HasAttachment, b.IsSynthetic,
                Bid.PlacedBefore(b.SubmittedAtUtc, b.MaterialChangeAtUtc)))
            .ToList();
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

    /// <summary>What the buyer confirms before publishing: the notice as suppliers will read it, and why it cannot be published yet.</summary>
    public async Task<PublishReviewViewModel?> PublishReviewAsync(int organizationId, int id, CancellationToken cancellationToken)
    {
        var read = await pages.ReadAsync(id, null, organizationId, cancellationToken);
        return read is null || !read.Page.IsOwnBuyer || read.Tender.Status != TenderStatus.Draft
            ? null
            : new PublishReviewViewModel(read.Page, read.Tender.Version, read.Tender.PublishProblem(Now));
    }

    /// <summary>
    /// Publishes the draft the buyer confirmed: <paramref name="version"/> is the draft the confirmation page showed, so
    /// a draft saved again meanwhile is not published unseen.
    /// </summary>
    public Task<ChangeResult> PublishAsync(int organizationId, int id, Guid? version, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, (t, _) =>
        {
            t.Publish(Now);
            return Task.CompletedTask;
        }, ChangeNotice.Published, cancellationToken, version);

    public Task<ChangeResult> MarkUnsuccessfulAsync(int organizationId, int id, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, (t, token) =>
        {
            t.MarkUnsuccessful(Now);
            return notices.UnsuccessfulAsync(t, token);
        }, ChangeNotice.RecordedUnsuccessful, cancellationToken);

    public Task<ChangeResult> CompleteAsync(int organizationId, int id, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, (t, _) =>
        {
            t.Complete(Now);
            return Task.CompletedTask;
        }, ChangeNotice.Completed, cancellationToken);

    public async Task<ChangeResult> CancelAsync(int organizationId, int id, string? reason, CancellationToken cancellationToken)
    {
        // The reason is checked first so that it shows beside its field rather than at the top of the page.
        if (Tender.ReasonProblem(reason) is { } reasonProblem)
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("CancelReason", reasonProblem);
        }

        return await ChangeAsync(organizationId, id, (t, token) =>
        {
            t.Cancel(reason, Now);
            return notices.CancelledAsync(t, token);
        }, ChangeNotice.Cancelled, cancellationToken);
    }

    /// <summary>What the buyer confirms before awarding: the chosen bid with its company and amount.</summary>
    public async Task<AwardReviewViewModel?> AwardReviewAsync(int organizationId, int id, int? bidId, CancellationToken cancellationToken)
    {
        var workspace = await WorkspaceAsync(organizationId, id, cancellationToken);
        if (workspace is null)
        {
            return null;
        }

        var bid = workspace.Bids.FirstOrDefault(b => b.Id == bidId && b.Status == BidStatus.Active);
        return new AwardReviewViewModel(workspace.Page, bid, workspace.Bids.Count(b => b.Status == BidStatus.Active));
    }

    public async Task<ChangeResult> AwardAsync(int organizationId, int id, int? bidId, CancellationToken cancellationToken)
    {
        var bid = bidId is null ? null : await db.Bids.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bidId && b.TenderId == id, cancellationToken);
        if (bid is null)
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("BidId", FormProblem.WinningBidMissing);
        }

        return await ChangeAsync(organizationId, id, (t, token) =>
        {
            t.Award(bid, Now);
            return notices.AwardedAsync(t, bid, token);
        }, ChangeNotice.Awarded, cancellationToken);
    }

    public async Task<ChangeResult> RecordContractAsync(int organizationId, int id, string? amountText, string? signedOnText, CancellationToken cancellationToken)
    {
        var numberProblem = TypedNumber.TryParseYen(amountText, Bid.MaxAmountYen, out var amount);
        if (numberProblem is not null || amount is null)
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : numberProblem is { } problem ? ChangeResult.Refused("ContractAmount", problem) : ChangeResult.Refused("ContractAmount", FormProblem.ContractAmountNotANumber);
        }

        if (!DateOnly.TryParseExact(signedOnText?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signedOn))
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("ContractSignedOn", FormProblem.ContractDateMissing);
        }

        return await ChangeAsync(organizationId, id, (t, _) =>
        {
            t.RecordContract(amount.Value, signedOn, Now);
            return Task.CompletedTask;
        }, ChangeNotice.ContractRecorded, cancellationToken);
    }

    /// <summary>Publishes an answer; the asker and everyone who bid on or watches the tender are told, with the answer stored.</summary>
    public async Task<ChangeResult> AnswerAsync(int organizationId, int id, int questionId, string? answer, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
        var question = tender is null ? null : await db.TenderQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.TenderId == id, cancellationToken);
        if (tender is null || question is null)
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

        await notices.AnsweredAsync(tender, question.EnterpriseId, cancellationToken);
        await ocdsHistory.RecordAsync(tender, OcdsEvent.EnquiryAnswered, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.AnswerPublished);
    }

    /// <summary>Adds a document to a draft; after publication documents change only through an amendment.</summary>
    public async Task<ChangeResult> AddDocumentAsync(int organizationId, int id, UploadedFile? file, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        if (tender.Status != TenderStatus.Draft)
        {
            return ChangeResult.Refused("Document", TenderProblem.DocumentsOnlyByAmendment);
        }

        if (file is null)
        {
            return ChangeResult.Refused("Document", FormProblem.DocumentMissing);
        }

        if (file.Problem is { } problem)
        {
            return ChangeResult.Refused("Document", problem);
        }

        db.TenderDocuments.Add(NewDocument(id, file));
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.DocumentAdded);
    }

    /// <summary>Removes a document of a draft; a published tender's documents are removed only through an amendment.</summary>
    public async Task<ChangeResult> RemoveDocumentAsync(int organizationId, int id, int documentId, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
        var document = tender is null ? null : await db.TenderDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.TenderId == id, cancellationToken);
        if (tender is null || document is null)
        {
            return ChangeResult.NotFound;
        }

        if (tender.Status != TenderStatus.Draft)
        {
            return ChangeResult.Refused("Document", TenderProblem.DocumentsOnlyByAmendment);
        }

        db.TenderDocuments.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(ChangeNotice.DocumentRemoved);
    }

    /// <summary>
    /// A public amendment (訂正公告) of a published tender before its deadline: new terms, documents removed or added,
    /// and a reason. Stored with its changes (the tender page's history), and bidders and watchers are told in the same
    /// SaveChanges. Anything refused writes nothing.
    /// </summary>
    public async Task<ChangeResult> AmendAsync(int organizationId, int id, AmendmentInput input, UploadedFile? newDocument, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: true, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        var now = Now;
        if (tender.AmendProblem(now) is { } state)
        {
            return ChangeResult.Refused("", state);
        }

        var problems = new ChangeProblems();
        var terms = input.Terms(problems);
        if (newDocument?.Problem is { } fileProblem)
        {
            problems.Add("NewDocument", fileProblem);
        }

        if (Tender.AmendmentReasonProblem(input.Reason) is { } reasonProblem)
        {
            problems.Add(nameof(AmendmentInput.Reason), reasonProblem);
        }

        if (problems.Count > 0 || terms is null)
        {
            return new ChangeResult(true, problems);
        }

        // The form shows instants to the minute: a date left as shown is the date as stored, not a change of its seconds.
        DateTime Kept(DateTime stored, DateTime typed) => JapanTimeInput.Local(stored) == JapanTimeInput.Local(typed) ? stored : typed;
        terms = terms with
        {
            EnquiryEndUtc = Kept(tender.EnquiryEndUtc, terms.EnquiryEndUtc),
            TenderStartUtc = Kept(tender.TenderStartUtc, terms.TenderStartUtc),
            TenderEndUtc = Kept(tender.TenderEndUtc, terms.TenderEndUtc),
        };

        var removed = await db.TenderDocuments.Where(d => d.TenderId == id && input.RemoveDocumentIds.Contains(d.Id)).ToListAsync(cancellationToken);
        var documentChanges = removed.Select(d => new TenderChange(TenderChangeField.DocumentRemoved, d.FileName, null)).ToList();
        if (newDocument is not null)
        {
            documentChanges.Add(new TenderChange(TenderChangeField.DocumentAdded, null, TenderDocument.SafeFileName(newDocument.FileName)));
        }

        var number = await db.TenderAmendments.CountAsync(a => a.TenderId == id, cancellationToken) + 1;
        TenderAmendment amendment;
        try
        {
            amendment = tender.Amend(terms, documentChanges, input.Reason, number, now);
        }
        catch (TenderRuleException error)
        {
            var field = error.Problem is TenderProblem.EnquiryEndsAfterTenderStart or TenderProblem.TenderEndsBeforeItStarts or TenderProblem.AmendedDeadlinePassed
                ? nameof(AmendmentInput.TenderEnd)
                : "";
            return ChangeResult.Refused(field, error);
        }

        db.TenderAmendments.Add(amendment);
        db.TenderDocuments.RemoveRange(removed);
        if (newDocument is not null)
        {
            db.TenderDocuments.Add(NewDocument(id, newDocument));
        }

        await notices.AmendedAsync(tender, amendment, cancellationToken);
        await ocdsHistory.RecordAsync(tender, OcdsEvent.Amended, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another amendment or change was saved first (the version, or the amendment's number): nothing was written.
            return ChangeResult.Refused("", FormProblem.ChangedMeanwhile);
        }

        return ChangeResult.Done(ChangeNotice.Amended);
    }

    private TenderDocument NewDocument(int tenderId, UploadedFile file) =>
        new() { TenderId = tenderId, FileName = TenderDocument.SafeFileName(file.FileName), SizeBytes = file.Length, Content = file.Content, UploadedAtUtc = Now };

    /// <summary>
    /// Applies a lifecycle change to the organisation's tender and, in the same SaveChanges, whatever notifications the
    /// change hands over. With <paramref name="expectedVersion"/>, the tender must still be the version the buyer saw.
    /// </summary>
    private async Task<ChangeResult> ChangeAsync(int organizationId, int id, Func<Tender, CancellationToken, Task> change, ChangeNotice notice, CancellationToken cancellationToken, Guid? expectedVersion = null)
    {
        var tender = await OwnAsync(organizationId, id, tracking: true, cancellationToken);
        if (tender is null)
        {
            return ChangeResult.NotFound;
        }

        if (expectedVersion is { } version && version != tender.Version)
        {
            return ChangeResult.Refused("", FormProblem.ChangedMeanwhile);
        }

        try
        {
            await change(tender, cancellationToken);
        }
        catch (TenderRuleException error)
        {
            return ChangeResult.Refused("", error);
        }

        // The open-contracting history tells the event in the same SaveChanges as the change itself.
        await ocdsHistory.RecordAsync(tender, OcdsEventOf(notice), cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Refused("", FormProblem.ChangedMeanwhile);
        }

        return ChangeResult.Done(notice);
    }

    private Task<Tender?> OwnAsync(int organizationId, int id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Tenders.Where(t => t.Id == id && t.BuyerOrganizationId == organizationId);
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    private static OcdsEvent OcdsEventOf(ChangeNotice notice) => notice switch
    {
        ChangeNotice.Published => OcdsEvent.Published,
        ChangeNotice.RecordedUnsuccessful => OcdsEvent.Unsuccessful,
        ChangeNotice.Completed => OcdsEvent.Completed,
        ChangeNotice.Cancelled => OcdsEvent.Cancelled,
        ChangeNotice.Awarded => OcdsEvent.Awarded,
        ChangeNotice.ContractRecorded => OcdsEvent.ContractRecorded,
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, "Not a change of a tender's life."),
    };
}
