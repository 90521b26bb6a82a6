namespace AllJapanTokyo.Domain.Procurement;

public enum TenderCategory
{
    Goods,
    Services,
    Works,
}

public enum ProcurementMethod
{
    Open,
    Selective,
    Limited,
    Direct,
}

/// <summary>
/// The life of a tender, after Prozorro: questions while Published, bids while Tendering,
/// then Evaluation, Awarded, Complete; Cancelled and Unsuccessful are the exits.
/// </summary>
public enum TenderStatus
{
    Draft,
    Published,
    Tendering,
    Evaluation,
    Awarded,
    Complete,
    Cancelled,
    Unsuccessful,
}

/// <summary>An order (案件) posted by a buyer organisation on the tender portal.</summary>
public class Tender
{
    public int Id { get; set; }

    /// <summary>Public reference shown to suppliers and used as the OCDS id ("T-2020-000123").</summary>
    public required string Reference { get; set; }

    public int BuyerOrganizationId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public TenderCategory Category { get; set; }

    public ProcurementMethod Method { get; set; }

    /// <summary>Where the state machine stands by decision; the clock moves Published → Tendering → Evaluation (see <see cref="StatusAt"/>).</summary>
    public TenderStatus Status { get; set; } = TenderStatus.Draft;

    public DateTime EnquiryEndUtc { get; set; }

    public DateTime TenderStartUtc { get; set; }

    public DateTime TenderEndUtc { get; set; }

    public long? BudgetYen { get; set; }

    public required string DeliveryPrefectureCode { get; set; }

    /// <summary>Open to enterprises of every prefecture.</summary>
    public bool Nationwide { get; set; } = true;

    public string? ContactJa { get; set; }

    /// <summary>Further delivery prefectures besides <see cref="DeliveryPrefectureCode"/>, as two-digit codes joined by commas ("13,14").</summary>
    public string? OtherDeliveryPrefectureCodes { get; set; }

    /// <summary>When not <see cref="Nationwide"/>: the prefectures whose enterprises may take part, codes joined by commas.</summary>
    public string? EligiblePrefectureCodes { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    public string? CancellationReason { get; set; }

    public int? AwardedBidId { get; set; }

    public long? AwardedAmountYen { get; set; }

    public DateTime? AwardedAtUtc { get; set; }

    public DateTime? UnsuccessfulAtUtc { get; set; }

    public long? ContractAmountYen { get; set; }

    /// <summary>The day the contract was signed, in Japan.</summary>
    public DateOnly? ContractSignedOn { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public bool IsSynthetic { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Enquiry end ≤ tender start &lt; tender end, or the Japanese and English reason it is not.</summary>
    public static string? DateProblem(DateTime enquiryEnd, DateTime tenderStart, DateTime tenderEnd)
    {
        if (enquiryEnd > tenderStart)
        {
            return "質問受付の締切は入札開始日時以前にしてください。 / The enquiry period must end no later than the tender period starts.";
        }

        return tenderStart >= tenderEnd
            ? "入札締切は入札開始日時より後にしてください。 / The tender period must end after it starts."
            : null;
    }

    /// <summary>The status as the clock makes it: a published tender enters Tendering at its start and Evaluation at its end.</summary>
    public TenderStatus StatusAt(DateTime nowUtc)
    {
        if (Status is not (TenderStatus.Published or TenderStatus.Tendering))
        {
            return Status;
        }

        if (nowUtc >= TenderEndUtc)
        {
            return TenderStatus.Evaluation;
        }

        return nowUtc >= TenderStartUtc ? TenderStatus.Tendering : TenderStatus.Published;
    }

    public const int MaxReasonLength = 1000;

    /// <summary>The codes of <see cref="OtherDeliveryPrefectureCodes"/> or <see cref="EligiblePrefectureCodes"/>.</summary>
    public static IReadOnlyList<string> SplitCodes(string? codes) =>
        string.IsNullOrWhiteSpace(codes) ? [] : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? JoinCodes(IEnumerable<string>? codes)
    {
        var list = (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }

    /// <summary>Whether an enterprise of <paramref name="prefectureCode"/> may bid.</summary>
    public bool IsEligible(string prefectureCode) => Nationwide || SplitCodes(EligiblePrefectureCodes).Contains(prefectureCode);

    /// <summary>Only a draft may be edited; afterwards the published notice stays as it was read.</summary>
    public void EnsureEditable()
    {
        if (Status != TenderStatus.Draft)
        {
            throw new TenderRuleException("公告した案件は編集できません。 / A published tender cannot be edited.");
        }
    }

    /// <summary>Draft → Published: the dates must be in order and the tender period must not be over.</summary>
    public void Publish(DateTime nowUtc)
    {
        EnsureEditable();
        if (DateProblem(EnquiryEndUtc, TenderStartUtc, TenderEndUtc) is { } problem)
        {
            throw new TenderRuleException(problem);
        }

        if (TenderEndUtc <= nowUtc)
        {
            throw new TenderRuleException("入札締切が過ぎているため公告できません。日程を見直してください。 / The tender period is already over; change the dates before publishing.");
        }

        if (!Nationwide && SplitCodes(EligiblePrefectureCodes).Count == 0)
        {
            throw new TenderRuleException("参加できる都道府県を選ぶか、全国を選んでください。 / Choose the eligible prefectures or nationwide.");
        }

        Status = TenderStatus.Published;
        PublishedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Published, Tendering, Evaluation or Awarded (before the contract) → Cancelled, with a reason bidders are told.</summary>
    public void Cancel(string? reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new TenderRuleException("中止の理由を入力してください。 / Enter the reason for the cancellation.");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            throw new TenderRuleException("中止の理由は1,000文字以内で入力してください。 / The reason is at most 1,000 characters.");
        }

        var status = StatusAt(nowUtc);
        if (status is not (TenderStatus.Published or TenderStatus.Tendering or TenderStatus.Evaluation or TenderStatus.Awarded) || ContractAmountYen is not null)
        {
            throw new TenderRuleException($"「{status}」の案件は中止できません。 / A tender that is {status} cannot be cancelled.");
        }

        Status = TenderStatus.Cancelled;
        CancellationReason = reason.Trim();
        CancelledAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Evaluation → Awarded: the winning bid must be an active bid on this tender, made before the deadline.</summary>
    public void Award(Bid bid, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(bid);
        RequireEvaluation(nowUtc, "落札者を決定");
        if (bid.TenderId != Id || bid.Status != BidStatus.Active || bid.SubmittedAtUtc > TenderEndUtc)
        {
            throw new TenderRuleException("この案件の有効な入札を選んでください。 / Choose an active bid on this tender.");
        }

        Status = TenderStatus.Awarded;
        AwardedBidId = bid.Id;
        AwardedAmountYen = bid.AmountYen;
        AwardedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Evaluation → Unsuccessful (不調・不落): no bid, or none acceptable.</summary>
    public void MarkUnsuccessful(DateTime nowUtc)
    {
        RequireEvaluation(nowUtc, "不調・不落に");
        Status = TenderStatus.Unsuccessful;
        UnsuccessfulAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Records the contract of an awarded tender: an amount in yen and a signing day no earlier than the award, not in the future.</summary>
    public void RecordContract(long amountYen, DateOnly signedOn, DateTime nowUtc)
    {
        if (Status != TenderStatus.Awarded || AwardedAtUtc is null)
        {
            throw new TenderRuleException("契約は落札者決定後に登録できます。 / A contract can be recorded only after the award.");
        }

        if (amountYen <= 0)
        {
            throw new TenderRuleException("契約金額は1円以上で入力してください。 / The contract amount must be at least 1 yen.");
        }

        if (signedOn < JapanDay(AwardedAtUtc.Value) || signedOn > JapanDay(nowUtc))
        {
            throw new TenderRuleException("契約日は落札者決定日から今日までの日付を入力してください。 / The contract date must be between the award and today.");
        }

        ContractAmountYen = amountYen;
        ContractSignedOn = signedOn;
        Touch();
    }

    /// <summary>Awarded (with its contract recorded) → Complete.</summary>
    public void Complete(DateTime nowUtc)
    {
        if (Status != TenderStatus.Awarded || ContractAmountYen is null)
        {
            throw new TenderRuleException("契約を登録してから完了にしてください。 / Record the contract before completing the tender.");
        }

        Status = TenderStatus.Complete;
        CompletedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Why a bid cannot be made, revised or withdrawn now, or null while the tender period runs.</summary>
    public string? BidProblem(DateTime nowUtc) => StatusAt(nowUtc) switch
    {
        TenderStatus.Tendering => null,
        TenderStatus.Published => "入札の受付はまだ始まっていません。 / The tender period has not started yet.",
        TenderStatus.Evaluation or TenderStatus.Awarded or TenderStatus.Complete or TenderStatus.Unsuccessful =>
            "入札の締切を過ぎたため、受け付けられません。 / The tender deadline has passed; the bid was not accepted.",
        TenderStatus.Cancelled => "この案件は中止されました。 / This tender has been cancelled.",
        _ => "この案件には入札できません。 / This tender does not accept bids.",
    };

    /// <summary>Why a question cannot be asked now, or null during the enquiry period of a public tender.</summary>
    public string? QuestionProblem(DateTime nowUtc)
    {
        var status = StatusAt(nowUtc);
        if (status is not (TenderStatus.Published or TenderStatus.Tendering))
        {
            return "この案件は質問を受け付けていません。 / This tender does not take questions.";
        }

        return nowUtc >= EnquiryEndUtc
            ? "質問の受付期間は終了しました。 / The enquiry period is over."
            : null;
    }

    /// <summary>The calendar day in Japan (UTC+9, no daylight saving) of an instant.</summary>
    public static DateOnly JapanDay(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(9));

    private void RequireEvaluation(DateTime nowUtc, string action)
    {
        var status = StatusAt(nowUtc);
        if (status != TenderStatus.Evaluation)
        {
            throw new TenderRuleException($"入札締切後の審査中の案件でなければ{action}できません（現在: {status}）。 / Only a tender under evaluation (after the deadline) can be decided; it is {status}.");
        }
    }

    private void Touch() => Version = Guid.NewGuid();
}

/// <summary>A lifecycle rule was broken; the message is Japanese and English ("日本語。 / English.").</summary>
public sealed class TenderRuleException(string message) : InvalidOperationException(message);
