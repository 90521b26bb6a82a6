using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>The outcome of an enterprise's or a buyer's change: done, refused with reasons per field, or no such tender for this person.</summary>
public sealed record ChangeResult(bool Found, IReadOnlyList<(string Field, string Message)> Problems, string? Notice = null)
{
    public static ChangeResult NotFound { get; } = new(false, []);

    public bool Succeeded => Found && Problems.Count == 0;

    public static ChangeResult Done(string notice) => new(true, [], notice);

    public static ChangeResult Refused(string field, string message) => new(true, [(field, message)]);
}

/// <summary>
/// The enterprise side of a tender (the tender page with its documents, Q&amp;A and joint-bid partners; asking, bidding,
/// revising, withdrawing, registering interest). Every rule reads the clock at the moment of the post, so a page
/// opened before the deadline cannot bid after it. An enterprise only ever reads its own bid.
/// </summary>
public sealed class BiddingService(AppDbContext db, ProcurementService procurement, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The tender page for anyone; <paramref name="enterpriseId"/> adds the enterprise's own panel, <paramref name="buyerOrganizationId"/> shows drafts to their buyer.</summary>
    public async Task<TenderPageViewModel?> PageAsync(int id, int? enterpriseId, int? buyerOrganizationId, CancellationToken cancellationToken)
    {
        var details = await procurement.DetailsAsync(id, buyerOrganizationId, cancellationToken);
        if (details is null)
        {
            return null;
        }

        var now = Now;
        var tender = await db.Tenders.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new
            {
                t.BuyerOrganizationId,
                t.OtherDeliveryPrefectureCodes,
                t.EligiblePrefectureCodes,
                t.CancellationReason,
                t.CancelledAtUtc,
                t.AwardedBidId,
                t.AwardedAmountYen,
                t.AwardedAtUtc,
                t.ContractAmountYen,
                t.ContractSignedOn,
                t.TenderEndUtc,
            })
            .FirstAsync(cancellationToken);
        var prefectures = (await procurement.PrefecturesAsync(cancellationToken)).ToDictionary(p => p.Code);
        string Name(string code) => prefectures.TryGetValue(code, out var p) ? Infrastructure.Display.Pick(p.NameJa, p.NameEn) : code;

        var documents = await db.TenderDocuments.AsNoTracking().Where(d => d.TenderId == id).OrderBy(d => d.Id)
            .Select(d => new TenderDocumentItem(d.Id, d.FileName, d.SizeBytes, d.UploadedAtUtc))
            .ToListAsync(cancellationToken);

        // Answered questions are public; an enterprise also sees its own questions still waiting for an answer.
        var questions = await db.TenderQuestions.AsNoTracking()
            .Where(q => q.TenderId == id && (q.AnsweredAtUtc != null || q.EnterpriseId == enterpriseId))
            .OrderBy(q => q.AskedAtUtc).ThenBy(q => q.Id)
            .Select(q => new TenderQuestionItem(q.Id, q.QuestionText, q.AskedAtUtc, q.AnswerText, q.AnsweredAtUtc, q.EnterpriseId == enterpriseId))
            .ToListAsync(cancellationToken);

        var interests = await (
                from i in db.TenderInterests.AsNoTracking()
                where i.TenderId == id
                join e in db.Enterprises on i.EnterpriseId equals e.Id
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                orderby i.RegisteredAtUtc
                select new TenderInterestItem(e.Id, e.NameJa, p.Name.Ja, p.Name.En, i.Message, i.RegisteredAtUtc, e.IsSynthetic))
            .ToListAsync(cancellationToken);

        // The result and the number of bids are public only once the tender period is over.
        var closed = tender.TenderEndUtc <= now;
        var awardedName = tender.AwardedBidId is { } awardedBidId
            ? await (from b in db.Bids where b.Id == awardedBidId join e in db.Enterprises on b.EnterpriseId equals e.Id select e.NameJa).FirstOrDefaultAsync(cancellationToken)
            : null;
        int? bidCount = closed && details.Status != TenderStatus.Cancelled
            ? await db.Bids.CountAsync(b => b.TenderId == id && b.Status == BidStatus.Active && db.Tenders.Any(t => t.Id == b.TenderId && t.TenderEndUtc <= now), cancellationToken)
            : null;
        var result = new TenderResult(details.Status, tender.CancellationReason, tender.CancelledAtUtc, tender.AwardedAmountYen, awardedName, tender.AwardedAtUtc, tender.ContractAmountYen, tender.ContractSignedOn, bidCount);

        BidderPanel? bidder = null;
        if (enterpriseId is { } eid)
        {
            bidder = await BidderPanelAsync(id, eid, now, cancellationToken);
        }

        return new TenderPageViewModel(
            details,
            Tender.SplitCodes(tender.OtherDeliveryPrefectureCodes).Select(Name).ToList(),
            Tender.SplitCodes(tender.EligiblePrefectureCodes).Select(Name).ToList(),
            documents,
            questions,
            interests,
            result,
            bidder,
            buyerOrganizationId == tender.BuyerOrganizationId)
        {
            BidForm = new BidInput
            {
                SubmissionKey = Guid.NewGuid(),
                AmountYen = bidder?.Bid is { Status: BidStatus.Active } own ? own.AmountYen.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Note = bidder?.Bid?.Note,
            },
            InterestForm = new InterestInput { Message = bidder?.InterestMessage },
        };
    }

    private async Task<BidderPanel?> BidderPanelAsync(int tenderId, int enterpriseId, DateTime now, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId)
            .Select(e => new { e.NameJa, e.ScreeningStatus, e.PrefectureCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        var tender = await db.Tenders.AsNoTracking().FirstAsync(t => t.Id == tenderId, cancellationToken);
        // The enterprise's own bid only: the query is filtered on its id, never on the tender alone.
        var bid = await db.Bids.AsNoTracking().Where(b => b.TenderId == tenderId && b.EnterpriseId == enterpriseId)
            .Select(b => new OwnBid(b.AmountYen, b.Note, b.Status, b.SubmittedAtUtc, b.Revision, b.AttachmentFileName))
            .FirstOrDefaultAsync(cancellationToken);
        var interest = await db.TenderInterests.AsNoTracking().Where(i => i.TenderId == tenderId && i.EnterpriseId == enterpriseId)
            .Select(i => new { i.Message })
            .FirstOrDefaultAsync(cancellationToken);
        return new BidderPanel(
            enterpriseId,
            enterprise.NameJa,
            enterprise.ScreeningStatus == ScreeningStatus.Approved,
            tender.IsEligible(enterprise.PrefectureCode),
            tender.BidProblem(now),
            tender.QuestionProblem(now),
            bid,
            interest is not null,
            interest?.Message);
    }

    /// <summary>Why this enterprise may not act on this tender at all (not approved, not eligible), or null.</summary>
    private async Task<string?> EnterpriseProblemAsync(Tender tender, int enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId)
            .Select(e => new { e.ScreeningStatus, e.PrefectureCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null || enterprise.ScreeningStatus != ScreeningStatus.Approved)
        {
            return "事務局の審査で承認された企業だけが質問・入札できます。 / Only enterprises approved by the secretariat can ask and bid.";
        }

        return tender.IsEligible(enterprise.PrefectureCode)
            ? null
            : "この案件は所在地の要件により、貴社は参加できません。 / Your prefecture is not eligible for this tender.";
    }

    private Task<Tender?> PublicTenderAsync(int id, CancellationToken cancellationToken) =>
        db.Tenders.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.Status != TenderStatus.Draft, cancellationToken);

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

        var problems = new List<(string, string)>();
        var amount = TypedNumber.Yen(input.AmountYen);
        if (Bid.AmountProblem(amount) is { } amountProblem)
        {
            problems.Add((nameof(BidInput.AmountYen), amountProblem));
        }

        if (input.Note?.Trim().Length > Bid.MaxNoteLength)
        {
            problems.Add((nameof(BidInput.Note), "備考は2,000文字以内で入力してください。 / The note is at most 2,000 characters."));
        }

        if (attachment is not null && TenderDocument.Problem(attachment.Length, attachment.Content) is { } fileProblem)
        {
            problems.Add(("Attachment", fileProblem));
        }

        if (input.SubmissionKey == Guid.Empty)
        {
            problems.Add(("", "フォームを開き直してから送信してください。 / Reopen the form and send it again."));
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
                return ChangeResult.Done("入札を受け付けました（同じ内容の再送信は1件として扱います）。 / Your bid was received (the same form sent again counts once).");
            }

            var isNew = bid is null;
            bid ??= db.Bids.Add(new Bid { TenderId = tenderId, EnterpriseId = enterpriseId }).Entity;
            bid.Write(amount!.Value, input.Note, input.SubmissionKey, now);
            if (attachment is not null)
            {
                bid.AttachmentFileName = TenderDocument.SafeFileName(attachment.FileName);
                bid.AttachmentContent = attachment.Content;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ChangeResult.Done(isNew
                    ? "入札を受け付けました。締切までは修正・取り下げができます。 / Your bid was received. You can revise or withdraw it until the deadline."
                    : "入札を修正しました。 / Your bid was revised.");
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

        var bid = await db.Bids.FirstOrDefaultAsync(b => b.TenderId == tenderId && b.EnterpriseId == enterpriseId && b.Status == BidStatus.Active, cancellationToken);
        if (bid is null)
        {
            return ChangeResult.Refused("", "取り下げる入札がありません。 / There is no bid to withdraw.");
        }

        bid.Withdraw(Now);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done("入札を取り下げました。締切までは再度入札できます。 / Your bid was withdrawn. You may bid again until the deadline.");
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
        return ChangeResult.Done("質問を送信しました。回答はこのページで公開されます（質問者名は公開されません）。 / Your question was sent. The answer will be published on this page (without your name).");
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

            return ChangeResult.Done("共同受注パートナー募集の掲載をやめました。 / Your joint-bid notice was removed.");
        }

        if (await EnterpriseProblemAsync(tender, enterpriseId, cancellationToken) is { } who)
        {
            return ChangeResult.Refused("", who);
        }

        if (tender.StatusAt(Now) is not (TenderStatus.Published or TenderStatus.Tendering))
        {
            return ChangeResult.Refused("", "受付が終わった案件ではパートナーを募集できません。 / Partners can be sought only while the tender is open.");
        }

        var message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message.Trim();
        if (message?.Length > TenderInterest.MaxMessageLength)
        {
            return ChangeResult.Refused(nameof(InterestInput.Message), "メッセージは500文字以内で入力してください。 / The message is at most 500 characters.");
        }

        if (existing is null)
        {
            db.TenderInterests.Add(new TenderInterest { TenderId = tenderId, EnterpriseId = enterpriseId, Message = message, RegisteredAtUtc = Now });
        }
        else
        {
            existing.Message = message;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done("共同受注パートナー募集を掲載しました。 / Your joint-bid notice is listed.");
    }

    /// <summary>A document of a public tender (or of a draft, for its own buyer).</summary>
    public async Task<(string FileName, byte[] Content)?> DocumentAsync(int tenderId, int documentId, int? buyerOrganizationId, CancellationToken cancellationToken)
    {
        var document = await db.TenderDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.TenderId == tenderId
                && db.Tenders.Any(t => t.Id == d.TenderId && (t.Status != TenderStatus.Draft || t.BuyerOrganizationId == buyerOrganizationId)))
            .Select(d => new { d.FileName, d.Content })
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : (document.FileName, document.Content);
    }

    /// <summary>The enterprise's own bids with their results, newest first.</summary>
    public async Task<IReadOnlyList<EnterpriseBidItem>> EnterpriseBidsAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        var now = Now;
        var rows = await (
                from b in db.Bids.AsNoTracking()
                where b.EnterpriseId == enterpriseId
                join t in db.Tenders on b.TenderId equals t.Id
                orderby b.SubmittedAtUtc descending
                select new { t.Id, t.Reference, t.Title, b.AmountYen, b.Status, b.SubmittedAtUtc, TenderStatus = t.Status, t.TenderStartUtc, t.TenderEndUtc, Won = t.AwardedBidId == b.Id, t.IsSynthetic })
            .Take(200)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new EnterpriseBidItem(
                r.Id, r.Reference, r.Title, r.AmountYen, r.Status, r.SubmittedAtUtc,
                ProcurementService.StatusAt(r.TenderStatus, r.TenderStartUtc, r.TenderEndUtc, now), r.TenderEndUtc, r.Won, r.IsSynthetic))
            .ToList();
    }

    public async Task<IReadOnlyList<EnterpriseInterestItem>> EnterpriseInterestsAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await (
                from i in db.TenderInterests.AsNoTracking()
                where i.EnterpriseId == enterpriseId
                join t in db.Tenders on i.TenderId equals t.Id
                orderby i.RegisteredAtUtc descending
                select new EnterpriseInterestItem(t.Id, t.Reference, t.Title, i.Message))
            .ToListAsync(cancellationToken);
}

/// <summary>An uploaded file read into memory (at most 10 MB plus one byte is read, so larger files are refused without being kept).</summary>
public sealed record UploadedFile(string FileName, long Length, byte[] Content)
{
    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return null;
        }

        if (file.Length > TenderDocument.MaxBytes)
        {
            return new UploadedFile(file.FileName, file.Length, []);
        }

        using var memory = new MemoryStream((int)file.Length);
        await file.CopyToAsync(memory, cancellationToken);
        return new UploadedFile(file.FileName, memory.Length, memory.ToArray());
    }
}
