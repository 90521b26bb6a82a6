using System.Globalization;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// The buyer's workspace: post (or copy) a tender as a draft, publish it, attach documents, answer questions, open the
/// bids after the deadline, award, record the contract, complete or cancel (bidders are e-mailed). Every query is
/// filtered on the buyer's organisation, and bids are read only by a query that itself requires the deadline to be past.
/// </summary>
public sealed class BuyerWorkspaceService(AppDbContext db, BiddingService bidding, ProcurementService procurement, IEmailSender mail, TimeProvider clock, ILogger<BuyerWorkspaceService> logger)
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static string MethodCode(ProcurementMethod method) => method.ToString().ToLowerInvariant();

    public async Task<TenderFormViewModel?> NewFormAsync(int organizationId, int? copyFromId, CancellationToken cancellationToken)
    {
        var input = new TenderInput { Category = TenderCategory.Services.Code(), Method = MethodCode(ProcurementMethod.Open), DeliveryPrefectureCode = "13" };
        if (copyFromId is { } copyId)
        {
            var source = await OwnAsync(organizationId, copyId, tracking: false, cancellationToken);
            if (source is null)
            {
                return null;
            }

            input = InputFrom(source);
            input.Title = source.Title + "（複写）";
            // A copy keeps what the buyer wrote, not the old dates: new dates must be chosen.
            input.EnquiryEnd = input.TenderStart = input.TenderEnd = null;
        }

        return new TenderFormViewModel(null, null, input, await procurement.PrefecturesAsync(cancellationToken), copyFromId);
    }

    public async Task<TenderFormViewModel?> EditFormAsync(int organizationId, int id, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
        return tender is null || tender.Status != TenderStatus.Draft
            ? null
            : new TenderFormViewModel(id, tender.Reference, InputFrom(tender), await procurement.PrefecturesAsync(cancellationToken), null);
    }

    public Task<IReadOnlyList<PrefectureOption>> PrefecturesAsync(CancellationToken cancellationToken) => procurement.PrefecturesAsync(cancellationToken);

    /// <summary>Creates (<paramref name="id"/> null) or edits a draft and, when asked, publishes it; on any problem nothing is stored.</summary>
    public async Task<(ChangeResult Result, int? TenderId)> SaveAsync(int organizationId, int? id, TenderInput input, CancellationToken cancellationToken)
    {
        Tender? tender = null;
        if (id is { } existingId)
        {
            tender = await OwnAsync(organizationId, existingId, tracking: true, cancellationToken);
            if (tender is null)
            {
                return (ChangeResult.NotFound, null);
            }

            if (tender.Status != TenderStatus.Draft)
            {
                return (ChangeResult.Refused("", "公告した案件は編集できません。 / A published tender cannot be edited."), id);
            }
        }

        var prefectureCodes = (await procurement.PrefecturesAsync(cancellationToken)).Select(p => p.Code).ToHashSet();
        var problems = new List<(string, string)>();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            problems.Add((nameof(TenderInput.Title), "件名を200文字以内で入力してください。 / Enter a title of at most 200 characters."));
        }

        var description = input.Description?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > 8000)
        {
            problems.Add((nameof(TenderInput.Description), "案件の内容を8,000文字以内で入力してください。 / Enter a description of at most 8,000 characters."));
        }

        var category = input.Category is null ? null : ProcurementText.ParseCategory(input.Category);
        if (category is null)
        {
            problems.Add((nameof(TenderInput.Category), "種別を選んでください。 / Choose a category."));
        }

        var method = Enum.GetValues<ProcurementMethod>().Cast<ProcurementMethod?>().FirstOrDefault(m => MethodCode(m!.Value) == input.Method);
        if (method is null)
        {
            problems.Add((nameof(TenderInput.Method), "入札方式を選んでください。 / Choose a procurement method."));
        }

        if (input.DeliveryPrefectureCode is null || !prefectureCodes.Contains(input.DeliveryPrefectureCode))
        {
            problems.Add((nameof(TenderInput.DeliveryPrefectureCode), "納入場所の都道府県を選んでください。 / Choose the delivery prefecture."));
        }

        if (input.OtherDeliveryPrefectureCodes.Any(c => !prefectureCodes.Contains(c)) || input.EligiblePrefectureCodes.Any(c => !prefectureCodes.Contains(c)))
        {
            problems.Add((nameof(TenderInput.EligiblePrefectureCodes), "都道府県の選択が正しくありません。 / A chosen prefecture is not valid."));
        }

        if (!input.Nationwide && input.EligiblePrefectureCodes.Count == 0)
        {
            problems.Add((nameof(TenderInput.EligiblePrefectureCodes), "参加できる都道府県を選ぶか、全国を選んでください。 / Choose the eligible prefectures or nationwide."));
        }

        long? budget = null;
        if (!string.IsNullOrWhiteSpace(input.BudgetYen))
        {
            budget = TypedNumber.Yen(input.BudgetYen);
            if (budget is null or < 0)
            {
                problems.Add((nameof(TenderInput.BudgetYen), "予定価格は円単位の数字で入力してください（非公表なら空欄）。 / Enter the budget in yen, or leave it empty."));
            }
        }

        var enquiryEnd = JapanInput(input.EnquiryEnd, nameof(TenderInput.EnquiryEnd), "質問受付締切", problems);
        var tenderStart = JapanInput(input.TenderStart, nameof(TenderInput.TenderStart), "入札受付開始", problems);
        var tenderEnd = JapanInput(input.TenderEnd, nameof(TenderInput.TenderEnd), "入札締切", problems);
        if (enquiryEnd is { } e && tenderStart is { } s && tenderEnd is { } t && Tender.DateProblem(e, s, t) is { } dateProblem)
        {
            problems.Add((nameof(TenderInput.TenderEnd), dateProblem));
        }

        var contact = input.ContactJa?.Trim();
        if (string.IsNullOrEmpty(contact) || contact.Length > 500)
        {
            problems.Add((nameof(TenderInput.ContactJa), "問い合わせ先を500文字以内で入力してください。 / Enter the contact (at most 500 characters)."));
        }

        if (problems.Count > 0)
        {
            return (new ChangeResult(true, problems), id);
        }

        var now = Now;
        tender ??= new Tender
        {
            Reference = $"T-{Tender.JapanDay(now).Year}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
            BuyerOrganizationId = organizationId,
            Title = "",
            Description = "",
            DeliveryPrefectureCode = "",
        };
        tender.Title = title!;
        tender.Description = description!;
        tender.Category = category!.Value;
        tender.Method = method!.Value;
        tender.DeliveryPrefectureCode = input.DeliveryPrefectureCode!;
        tender.OtherDeliveryPrefectureCodes = Tender.JoinCodes(input.OtherDeliveryPrefectureCodes.Where(c => c != input.DeliveryPrefectureCode));
        tender.Nationwide = input.Nationwide;
        tender.EligiblePrefectureCodes = input.Nationwide ? null : Tender.JoinCodes(input.EligiblePrefectureCodes);
        tender.BudgetYen = budget;
        tender.EnquiryEndUtc = enquiryEnd!.Value;
        tender.TenderStartUtc = tenderStart!.Value;
        tender.TenderEndUtc = tenderEnd!.Value;
        tender.ContactJa = contact;

        var publish = input.Submit == "publish";
        if (publish)
        {
            try
            {
                tender.Publish(now);
            }
            catch (TenderRuleException error)
            {
                return (ChangeResult.Refused("", error.Message), id);
            }
        }

        if (tender.Id == 0)
        {
            db.Tenders.Add(tender);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (ChangeResult.Done(publish ? "案件を公告しました。 / The tender is published." : "下書きを保存しました。 / The draft was saved."), tender.Id);
    }

    public async Task<WorkspaceViewModel?> WorkspaceAsync(int organizationId, int id, CancellationToken cancellationToken)
    {
        var stored = await db.Tenders.AsNoTracking().Where(t => t.Id == id && t.BuyerOrganizationId == organizationId)
            .Select(t => new { t.Status, t.AwardedBidId })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var page = await bidding.PageAsync(id, null, organizationId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var bids = await SealedBidsAsync(organizationId, id, cancellationToken);
        var questions = await db.TenderQuestions.AsNoTracking().Where(q => q.TenderId == id)
            .OrderBy(q => q.AnsweredAtUtc != null).ThenBy(q => q.AskedAtUtc)
            .Select(q => new TenderQuestionItem(q.Id, q.QuestionText, q.AskedAtUtc, q.AnswerText, q.AnsweredAtUtc, false))
            .ToListAsync(cancellationToken);
        return new WorkspaceViewModel(page, stored.Status, page.Details.TenderEndUtc <= Now, bids, questions, stored.AwardedBidId);
    }

    /// <summary>
    /// The bids on one of the buyer's tenders. Sealed in the query itself: a tender whose deadline has not passed
    /// (TenderEndUtc &gt; now) yields no rows, whichever id is asked for, and another organisation's tender yields none either.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceBid>> SealedBidsAsync(int organizationId, int tenderId, CancellationToken cancellationToken)
    {
        var now = Now;
        return await (
                from b in db.Bids.AsNoTracking()
                where b.TenderId == tenderId
                join t in db.Tenders on b.TenderId equals t.Id
                where t.BuyerOrganizationId == organizationId && t.TenderEndUtc <= now && t.Status != TenderStatus.Draft
                join e in db.Enterprises on b.EnterpriseId equals e.Id
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                orderby b.Status, b.AmountYen, b.SubmittedAtUtc
                select new WorkspaceBid(b.Id, e.NameJa, e.CorporateNumber, p.Name.Ja, b.AmountYen, b.Note, b.Status, b.SubmittedAtUtc, b.Revision, b.AttachmentFileName != null, e.IsSynthetic))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The attachment of a bid, after the deadline, to its tender's buyer only.</summary>
    public async Task<(string FileName, byte[] Content)?> BidAttachmentAsync(int organizationId, int tenderId, int bidId, CancellationToken cancellationToken)
    {
        var now = Now;
        var row = await (
                from b in db.Bids.AsNoTracking()
                where b.Id == bidId && b.TenderId == tenderId && b.AttachmentContent != null
                join t in db.Tenders on b.TenderId equals t.Id
                where t.BuyerOrganizationId == organizationId && t.TenderEndUtc <= now
                select new { b.AttachmentFileName, b.AttachmentContent })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.AttachmentFileName ?? "bid.pdf", row.AttachmentContent!);
    }

    public Task<ChangeResult> PublishAsync(int organizationId, int id, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, t => t.Publish(Now), "案件を公告しました。 / The tender is published.", cancellationToken);

    public Task<ChangeResult> MarkUnsuccessfulAsync(int organizationId, int id, string baseUrl, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, t => t.MarkUnsuccessful(Now), "不調・不落として記録しました。 / Recorded as unsuccessful.", cancellationToken,
            t => NotifyBiddersAsync(t, null, baseUrl, cancellationToken));

    public Task<ChangeResult> CompleteAsync(int organizationId, int id, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, id, t => t.Complete(Now), "契約完了として記録しました。 / The tender is complete.", cancellationToken);

    public async Task<ChangeResult> CancelAsync(int organizationId, int id, string? reason, string baseUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Tender.MaxReasonLength)
        {
            var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
            return tender is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("CancelReason", string.IsNullOrWhiteSpace(reason)
                    ? "中止の理由を入力してください。 / Enter the reason for the cancellation."
                    : "中止の理由は1,000文字以内で入力してください。 / The reason is at most 1,000 characters.");
        }

        return await ChangeAsync(organizationId, id, t => t.Cancel(reason, Now), "案件を中止しました。入札者にメールで知らせました。 / The tender was cancelled and the bidders were e-mailed.", cancellationToken,
            t => NotifyBiddersAsync(t, null, baseUrl, cancellationToken));
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
            return ChangeResult.Refused("BidId", "落札者とする入札を選んでください。 / Choose the winning bid.");
        }

        try
        {
            tender.Award(bid, Now);
        }
        catch (TenderRuleException error)
        {
            return ChangeResult.Refused("", error.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        await NotifyBiddersAsync(tender, bid.Id, baseUrl, cancellationToken);
        return ChangeResult.Done("落札者を決定しました。入札者にメールで知らせました。 / The award was made and the bidders were e-mailed.");
    }

    public async Task<ChangeResult> RecordContractAsync(int organizationId, int id, string? amountText, string? signedOnText, CancellationToken cancellationToken)
    {
        var amount = TypedNumber.Yen(amountText);
        if (amount is null)
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("ContractAmount", "契約金額を円単位の数字で入力してください。 / Enter the contract amount in yen.");
        }

        if (!DateOnly.TryParseExact(signedOnText?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signedOn))
        {
            return await OwnAsync(organizationId, id, tracking: false, cancellationToken) is null
                ? ChangeResult.NotFound
                : ChangeResult.Refused("ContractSignedOn", "契約日を入力してください（例: 2026-12-01）。 / Enter the contract date (e.g. 2026-12-01).");
        }

        return await ChangeAsync(organizationId, id, t => t.RecordContract(amount.Value, signedOn, Now), "契約を登録しました。 / The contract was recorded.", cancellationToken);
    }

    public async Task<ChangeResult> AnswerAsync(int organizationId, int id, int questionId, string? answer, CancellationToken cancellationToken)
    {
        var question = await db.TenderQuestions
            .FirstOrDefaultAsync(q => q.Id == questionId && q.TenderId == id && db.Tenders.Any(t => t.Id == q.TenderId && t.BuyerOrganizationId == organizationId), cancellationToken);
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
            return ChangeResult.Refused("Answer", error.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done("回答を公開しました。 / The answer is published.");
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
            return ChangeResult.Refused("Document", "この案件には資料を追加できません。 / Documents cannot be added to this tender.");
        }

        if (file is null)
        {
            return ChangeResult.Refused("Document", "PDFファイルを選んでください。 / Choose a PDF file.");
        }

        if (TenderDocument.Problem(file.Length, file.Content) is { } problem)
        {
            return ChangeResult.Refused("Document", problem);
        }

        db.TenderDocuments.Add(new TenderDocument { TenderId = id, FileName = TenderDocument.SafeFileName(file.FileName), SizeBytes = file.Length, Content = file.Content, UploadedAtUtc = Now });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done("資料を追加しました。 / The document was added.");
    }

    /// <summary>How many of the organisation's tenders are in each status now.</summary>
    public async Task<IReadOnlyList<StatusCount>> StatusCountsAsync(int organizationId, CancellationToken cancellationToken)
    {
        var now = Now;
        var own = db.Tenders.AsNoTracking().Where(t => t.BuyerOrganizationId == organizationId);
        var counts = new List<StatusCount>();
        foreach (var status in Enum.GetValues<TenderStatus>())
        {
            var count = await own.Where(TenderFilter.StatusIs(status, now)).CountAsync(cancellationToken);
            counts.Add(new StatusCount(status, count));
        }

        return counts;
    }

    private async Task<ChangeResult> ChangeAsync(int organizationId, int id, Action<Tender> change, string notice, CancellationToken cancellationToken, Func<Tender, Task>? after = null)
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
            return ChangeResult.Refused("", error.Message);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Refused("", "他の担当者が同時にこの案件を変更しました。ページを開き直してください。 / Someone else changed this tender at the same time; reopen the page.");
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

    /// <summary>E-mails every person of every enterprise that bid (active or withdrawn) about the tender's new status.</summary>
    private async Task NotifyBiddersAsync(Tender tender, int? winningBidId, string baseUrl, CancellationToken cancellationToken)
    {
        var recipients = await (
                from b in db.Bids.AsNoTracking()
                where b.TenderId == tender.Id
                join u in db.Users on b.EnterpriseId equals u.EnterpriseId
                where u.Email != null
                select new { u.Email, b.Id, b.Status })
            .ToListAsync(cancellationToken);
        var url = $"{baseUrl}/procurement/tenders/{tender.Id.ToString(CultureInfo.InvariantCulture)}";
        foreach (var recipient in recipients)
        {
            var (subject, body) = tender.Status switch
            {
                TenderStatus.Cancelled => (
                    $"【案件中止】{tender.Reference} {tender.Title}",
                    $"入札いただいた案件「{tender.Title}」（{tender.Reference}）は中止されました。\n中止の理由: {tender.CancellationReason}\n\n{url}\n\n" +
                    $"The tender \"{tender.Title}\" ({tender.Reference}) you bid on has been cancelled.\nReason: {tender.CancellationReason}\n{url}\n"),
                TenderStatus.Unsuccessful => (
                    $"【入札結果】{tender.Reference} 不調・不落",
                    $"入札いただいた案件「{tender.Title}」（{tender.Reference}）は、落札者なし（不調・不落）となりました。\n\n{url}\n\n" +
                    $"The tender \"{tender.Title}\" ({tender.Reference}) ended without an award.\n{url}\n"),
                _ => recipient.Id == winningBidId
                    ? ($"【落札】{tender.Reference} {tender.Title}",
                        $"入札いただいた案件「{tender.Title}」（{tender.Reference}）で、貴社が落札者に決定しました。発注者からの連絡をお待ちください。\n\n{url}\n\n" +
                        $"Your bid won the tender \"{tender.Title}\" ({tender.Reference}). The buyer will contact you.\n{url}\n")
                    : ($"【入札結果】{tender.Reference} {tender.Title}",
                        $"入札いただいた案件「{tender.Title}」（{tender.Reference}）の落札者が決定しました。今回は貴社の入札は落札となりませんでした。\n\n{url}\n\n" +
                        $"The tender \"{tender.Title}\" ({tender.Reference}) has been awarded to another bidder.\n{url}\n"),
            };
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

    private static TenderInput InputFrom(Tender tender) => new()
    {
        Title = tender.Title,
        Description = tender.Description,
        Category = tender.Category.Code(),
        Method = MethodCode(tender.Method),
        DeliveryPrefectureCode = tender.DeliveryPrefectureCode,
        OtherDeliveryPrefectureCodes = [.. Tender.SplitCodes(tender.OtherDeliveryPrefectureCodes)],
        Nationwide = tender.Nationwide,
        EligiblePrefectureCodes = [.. Tender.SplitCodes(tender.EligiblePrefectureCodes)],
        BudgetYen = tender.BudgetYen?.ToString(CultureInfo.InvariantCulture),
        EnquiryEnd = JapanLocal(tender.EnquiryEndUtc),
        TenderStart = JapanLocal(tender.TenderStartUtc),
        TenderEnd = JapanLocal(tender.TenderEndUtc),
        ContactJa = tender.ContactJa,
    };

    public static string JapanLocal(DateTime utc) => (utc + JapanOffset).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static DateTime? JapanInput(string? text, string field, string label, List<(string, string)> problems)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"];
        if (!string.IsNullOrWhiteSpace(text)
            && DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateTime.SpecifyKind(local - JapanOffset, DateTimeKind.Utc);
        }

        problems.Add((field, $"{label}の日時を入力してください（日本時間）。 / Enter the date and time (Japan time)."));
        return null;
    }
}
