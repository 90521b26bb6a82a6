using AllJapanTokyo.Domain.Common;
using System.Linq.Expressions;

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
    public const int MaxTitleLength = 200;

    public const int MaxDescriptionLength = 8000;

    public const int MaxContactLength = 500;

    public const int MaxReasonLength = 1000;

    // Backing fields: the lifecycle methods move the status, while seeders and tests may still build a tender in a
    // given state (init); nothing else can set it.
    private TenderStatus _status = TenderStatus.Draft;
    private DateTime? _publishedAtUtc;

    public int Id { get; set; }

    /// <summary>
    /// Public reference shown to suppliers and used as the OCDS id: given once, when the tender is first saved, and never
    /// changed, so its ocid stays stable. New tenders are numbered per buyer and fiscal year (「BS-2026-0007」, see
    /// <see cref="NewReference"/>); tenders numbered before keep their earlier form ("T-2020-000123").
    /// </summary>
    public required string Reference { get; set; }

    public int BuyerOrganizationId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    /// <summary>
    /// The title and description as keyword search reads them (<see cref="Common.SearchText"/>); the keyword index holds
    /// its grams. Set by <see cref="RefreshSearchText"/>, which the data layer calls on every save of a tender.
    /// </summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Brings <see cref="SearchText"/> in line with the title and description; returns it.</summary>
    public string RefreshSearchText() => SearchText = Common.SearchText.Of(Title, Description);

    public TenderCategory Category { get; set; }

    public ProcurementMethod Method { get; set; }

    /// <summary>Where the state machine stands by decision; the clock moves Published → Tendering → Evaluation (see <see cref="StatusAt(DateTime)"/>).</summary>
    public TenderStatus Status { get => _status; init => _status = value; }

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

    public DateTime? PublishedAtUtc { get => _publishedAtUtc; init => _publishedAtUtc = value; }

    public DateTime? CancelledAtUtc { get; private set; }

    public string? CancellationReason { get; private set; }

    public int? AwardedBidId { get; private set; }

    public long? AwardedAmountYen { get; private set; }

    public DateTime? AwardedAtUtc { get; private set; }

    public DateTime? UnsuccessfulAtUtc { get; private set; }

    public long? ContractAmountYen { get; private set; }

    /// <summary>The day the contract was signed, in Japan.</summary>
    public DateOnly? ContractSignedOn { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public bool IsSynthetic { get; set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>
    /// When a public amendment (訂正公告) last changed the dates, the amount or the documents: a bid submitted before it
    /// was placed on terms that have since changed (<see cref="Bid.PlacedBefore"/>).
    /// </summary>
    public DateTime? MaterialChangeAtUtc { get; private set; }

    /// <summary>What a public amendment may change: the notice's wording, the budget and the dates.</summary>
    public TenderTerms Terms => new(Title, Description, ContactJa, BudgetYen, EnquiryEndUtc, TenderStartUtc, TenderEndUtc);

    /// <summary>The number of a buyer's tender: its prefix, the fiscal year, a four-digit sequence (「BS-2026-0007」).</summary>
    public static string NewReference(string buyerPrefix, FiscalYear fiscalYear, int sequence) =>
        $"{ReferenceStart(buyerPrefix, fiscalYear)}{sequence:D4}";

    /// <summary>What every number of the buyer's fiscal year starts with (「BS-2026-」).</summary>
    public static string ReferenceStart(string buyerPrefix, FiscalYear fiscalYear) => $"{buyerPrefix}-{fiscalYear.StartYear}-";

    /// <summary>The sequence of a reference that starts with <paramref name="start"/>, or null for one of another form.</summary>
    public static int? ReferenceSequence(string reference, string start) =>
        reference.StartsWith(start, StringComparison.Ordinal)
        && int.TryParse(reference.AsSpan(start.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    /// <summary>
    /// The status as the clock makes it, from the stored status, the tender period and the moment: a published tender
    /// enters Tendering at its start and Evaluation at its end; every decided status stays as it is. Written once, for
    /// the database (<see cref="StatusExpression"/>, <see cref="StatusIs"/>) and for memory (<see cref="StatusAt(DateTime)"/>).
    /// </summary>
    public static Expression<Func<TenderStatus, DateTime, DateTime, DateTime, TenderStatus>> ClockRule { get; } =
        (stored, tenderStartUtc, tenderEndUtc, nowUtc) =>
            stored != TenderStatus.Published && stored != TenderStatus.Tendering ? stored
            : nowUtc >= tenderEndUtc ? TenderStatus.Evaluation
            : nowUtc >= tenderStartUtc ? TenderStatus.Tendering
            : TenderStatus.Published;

    /// <summary>
    /// Bids are sealed until the deadline: before it nobody but the bidder reads them (amounts, bidders, how many).
    /// </summary>
    public static Expression<Func<Tender, DateTime, bool>> BidsOpenRule { get; } = (t, nowUtc) => t.TenderEndUtc <= nowUtc;

    // After the rules: static initialisers run in the order they are written.
    private static readonly Func<TenderStatus, DateTime, DateTime, DateTime, TenderStatus> ClockRuleNow = ClockRule.Compile();

    private static readonly Func<Tender, DateTime, bool> BidsOpenNow = BidsOpenRule.Compile();

    /// <summary>Drafts exist for their buyer only; every other tender is public.</summary>
    public static Expression<Func<Tender, bool>> IsPublic { get; } = t => t.Status != TenderStatus.Draft;

    /// <summary>What a reader may see: the public tenders, and the drafts of their own buyer (<paramref name="buyerOrganizationId"/>).</summary>
    public static Expression<Func<Tender, bool>> VisibleTo(int? buyerOrganizationId)
    {
        Expression<Func<Tender, bool>> ownDraft = t => t.BuyerOrganizationId == buyerOrganizationId;
        var tender = IsPublic.Parameters[0];
        var own = new Substitution(new Dictionary<ParameterExpression, Expression> { [ownDraft.Parameters[0]] = tender }).Visit(ownDraft.Body);
        return Expression.Lambda<Func<Tender, bool>>(Expression.OrElse(IsPublic.Body, own), tender);
    }

    /// <summary>A coordinator recommends only a tender that was published and is neither a draft nor cancelled.</summary>
    public static Expression<Func<Tender, bool>> MayBeRecommended { get; } =
        t => t.PublishedAtUtc != null && t.Status != TenderStatus.Draft && t.Status != TenderStatus.Cancelled;

    /// <summary>The status of <see cref="ClockRule"/> at <paramref name="nowUtc"/> as SQL, for a query's projection or grouping.</summary>
    public static Expression<Func<Tender, TenderStatus>> StatusExpression(DateTime nowUtc) => ClockStatusOf(nowUtc);

    /// <summary>The tenders whose bids are open (the deadline has passed) at <paramref name="nowUtc"/>, as SQL.</summary>
    public static Expression<Func<Tender, bool>> BidsOpenAt(DateTime nowUtc)
    {
        var tender = BidsOpenRule.Parameters[0];
        var body = new Substitution(new Dictionary<ParameterExpression, Expression> { [BidsOpenRule.Parameters[1]] = MomentOf(nowUtc) }).Visit(BidsOpenRule.Body);
        return Expression.Lambda<Func<Tender, bool>>(body, tender);
    }

    /// <summary>The tenders whose status, as <see cref="ClockRule"/> makes it, is <paramref name="status"/> at <paramref name="nowUtc"/>.</summary>
    public static Expression<Func<Tender, bool>> StatusIs(TenderStatus status, DateTime nowUtc)
    {
        var clockStatus = ClockStatusOf(nowUtc);
        return Expression.Lambda<Func<Tender, bool>>(Expression.Equal(clockStatus.Body, Expression.Constant(status)), clockStatus.Parameters);
    }

    /// <summary>Whether the bids are open (see <see cref="BidsOpenRule"/>) at <paramref name="nowUtc"/>.</summary>
    public bool BidsAreOpen(DateTime nowUtc) => BidsOpenNow(this, nowUtc);

    /// <summary>The status a reader sees at <paramref name="nowUtc"/>.</summary>
    public TenderStatus StatusAt(DateTime nowUtc) => ClockRuleNow(Status, TenderStartUtc, TenderEndUtc, nowUtc);

    /// <summary><see cref="ClockRule"/> on a tender's columns read by a query.</summary>
    public static TenderStatus StatusAt(TenderStatus stored, DateTime tenderStartUtc, DateTime tenderEndUtc, DateTime nowUtc) =>
        ClockRuleNow(stored, tenderStartUtc, tenderEndUtc, nowUtc);

    /// <summary>Enquiry end ≤ tender start &lt; tender end, or the problem.</summary>
    public static TenderProblem? DateProblem(DateTime enquiryEnd, DateTime tenderStart, DateTime tenderEnd)
    {
        if (enquiryEnd > tenderStart)
        {
            return TenderProblem.EnquiryEndsAfterTenderStart;
        }

        return tenderStart >= tenderEnd ? TenderProblem.TenderEndsBeforeItStarts : null;
    }

    /// <summary>The codes of <see cref="OtherDeliveryPrefectureCodes"/> or <see cref="EligiblePrefectureCodes"/>.</summary>
    public static IReadOnlyList<string> SplitCodes(string? codes) =>
        string.IsNullOrWhiteSpace(codes) ? [] : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? JoinCodes(IEnumerable<string>? codes)
    {
        var list = (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }

    /// <summary>
    /// Whether an enterprise of a prefecture may take part: the tender is nationwide, or the prefecture is one of its
    /// eligible codes. Written once, for the database (<see cref="EligibleFor"/>) and for memory (<see cref="IsEligible(string)"/>).
    /// </summary>
    public static Expression<Func<Tender, string, bool>> EligibilityRule { get; } =
        (t, prefectureCode) => t.Nationwide || ("," + t.EligiblePrefectureCodes + ",").Contains("," + prefectureCode + ",");

    private static readonly Func<Tender, string, bool> EligibleNow = EligibilityRule.Compile();

    /// <summary>Whether an enterprise of <paramref name="prefectureCode"/> may bid.</summary>
    public bool IsEligible(string prefectureCode) => EligibleNow(this, prefectureCode);

    /// <summary>Whether a tender listed with these columns is open to an enterprise of <paramref name="prefectureCode"/>.</summary>
    public static bool IsEligible(bool nationwide, string? eligiblePrefectureCodes, string prefectureCode) =>
        EligibleNow(new Tender { Reference = "", Title = "", Description = "", DeliveryPrefectureCode = "", Nationwide = nationwide, EligiblePrefectureCodes = eligiblePrefectureCodes }, prefectureCode);

    /// <summary>The tenders open to enterprises of <paramref name="prefectureCode"/> (<see cref="EligibilityRule"/>), as SQL.</summary>
    public static Expression<Func<Tender, bool>> EligibleFor(string prefectureCode)
    {
        var tender = EligibilityRule.Parameters[0];
        var code = Expression.Property(Expression.Constant(new Code(prefectureCode)), nameof(Code.Value));
        var body = new Substitution(new Dictionary<ParameterExpression, Expression> { [EligibilityRule.Parameters[1]] = code }).Visit(EligibilityRule.Body);
        return Expression.Lambda<Func<Tender, bool>>(body, tender);
    }

    /// <summary>The tenders that still take part in the competition at <paramref name="nowUtc"/>: published, not cancelled, the deadline ahead.</summary>
    public static Expression<Func<Tender, bool>> OpenAt(DateTime nowUtc)
    {
        Expression<Func<Tender, Moment, bool>> open = (t, m) => (t.Status == TenderStatus.Published || t.Status == TenderStatus.Tendering) && t.TenderEndUtc > m.Utc;
        var tender = open.Parameters[0];
        var body = new Substitution(new Dictionary<ParameterExpression, Expression> { [open.Parameters[1]] = Expression.Constant(new Moment(nowUtc)) }).Visit(open.Body);
        return Expression.Lambda<Func<Tender, bool>>(body, tender);
    }

    /// <summary>Only a draft may be edited; afterwards the published notice stays as it was read.</summary>
    public void EnsureEditable()
    {
        if (Status != TenderStatus.Draft)
        {
            throw new TenderRuleException(TenderProblem.AlreadyPublished);
        }
    }

    /// <summary>A draft saved again: its version changes, so a form opened before this save cannot overwrite it unseen.</summary>
    public void SaveDraft()
    {
        EnsureEditable();
        Touch();
    }

    /// <summary>Why the draft cannot be published at <paramref name="nowUtc"/>, or null.</summary>
    public TenderProblem? PublishProblem(DateTime nowUtc)
    {
        if (Status != TenderStatus.Draft)
        {
            return TenderProblem.AlreadyPublished;
        }

        if (DateProblem(EnquiryEndUtc, TenderStartUtc, TenderEndUtc) is { } problem)
        {
            return problem;
        }

        if (TenderEndUtc <= nowUtc)
        {
            return TenderProblem.PublishedTooLate;
        }

        // Suppliers must have time to ask: a notice whose enquiry period is already over would give them none.
        if (EnquiryEndUtc <= nowUtc)
        {
            return TenderProblem.EnquiryDeadlinePassed;
        }

        return !Nationwide && SplitCodes(EligiblePrefectureCodes).Count == 0 ? TenderProblem.NoEligiblePrefectures : null;
    }

    /// <summary>Draft → Published: the dates must be in order, the enquiry period still ahead and the tender period not over.</summary>
    public void Publish(DateTime nowUtc)
    {
        if (PublishProblem(nowUtc) is { } problem)
        {
            throw new TenderRuleException(problem);
        }

        _status = TenderStatus.Published;
        _publishedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Why a cancellation reason is refused (missing, too long), or null.</summary>
    public static TenderProblem? ReasonProblem(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return TenderProblem.CancellationReasonMissing;
        }

        return reason.Trim().Length > MaxReasonLength ? TenderProblem.CancellationReasonTooLong : null;
    }

    /// <summary>Published, Tendering, Evaluation or Awarded (before the contract) → Cancelled, with a reason bidders are told.</summary>
    public void Cancel(string? reason, DateTime nowUtc)
    {
        if (ReasonProblem(reason) is { } reasonProblem)
        {
            throw new TenderRuleException(reasonProblem);
        }

        var status = StatusAt(nowUtc);
        if (status is not (TenderStatus.Published or TenderStatus.Tendering or TenderStatus.Evaluation or TenderStatus.Awarded) || ContractAmountYen is not null)
        {
            throw new TenderRuleException(TenderProblem.CannotCancel, status);
        }

        _status = TenderStatus.Cancelled;
        CancellationReason = reason!.Trim();
        CancelledAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Why a published tender cannot be amended now (a draft is edited, a closed one is over), or null.</summary>
    public TenderProblem? AmendProblem(DateTime nowUtc) =>
        StatusAt(nowUtc) is TenderStatus.Published or TenderStatus.Tendering ? null : TenderProblem.CannotAmend;

    /// <summary>Why an amendment's reason is refused (missing, too long), or null.</summary>
    public static TenderProblem? AmendmentReasonProblem(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return TenderProblem.AmendmentReasonMissing;
        }

        return reason.Trim().Length > MaxReasonLength ? TenderProblem.AmendmentReasonTooLong : null;
    }

    /// <summary>
    /// A public amendment (訂正公告) of a published tender before its deadline: the new terms and any documents added or
    /// removed, with a reason. Returns the amendment to store (numbered <paramref name="number"/>), listing each change
    /// with its value before and after. A change to the dates, the amount or the documents marks the bids placed before it.
    /// </summary>
    public TenderAmendment Amend(TenderTerms terms, IReadOnlyList<TenderChange> documentChanges, string? reason, int number, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(documentChanges);
        if (AmendProblem(nowUtc) is { } state)
        {
            throw new TenderRuleException(state, StatusAt(nowUtc));
        }

        if (AmendmentReasonProblem(reason) is { } reasonProblem)
        {
            throw new TenderRuleException(reasonProblem);
        }

        if (DateProblem(terms.EnquiryEndUtc, terms.TenderStartUtc, terms.TenderEndUtc) is { } dates)
        {
            throw new TenderRuleException(dates);
        }

        if (terms.TenderEndUtc <= nowUtc)
        {
            throw new TenderRuleException(TenderProblem.AmendedDeadlinePassed);
        }

        var changes = Terms.ChangesTo(terms).Concat(documentChanges).ToList();
        if (changes.Count == 0)
        {
            throw new TenderRuleException(TenderProblem.NothingAmended);
        }

        (Title, Description, ContactJa, BudgetYen) = (terms.Title, terms.Description, terms.ContactJa, terms.BudgetYen);
        (EnquiryEndUtc, TenderStartUtc, TenderEndUtc) = (terms.EnquiryEndUtc, terms.TenderStartUtc, terms.TenderEndUtc);
        if (changes.Any(c => c.IsMaterial))
        {
            MaterialChangeAtUtc = nowUtc;
        }

        Touch();
        return new TenderAmendment { TenderId = Id, Number = number, AmendedAtUtc = nowUtc, Reason = reason!.Trim(), Changes = changes };
    }

    /// <summary>Evaluation → Awarded: the winning bid must be an active bid on this tender, made before the deadline.</summary>
    public void Award(Bid bid, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(bid);
        RequireEvaluation(nowUtc, TenderProblem.AwardOnlyUnderEvaluation);
        if (bid.TenderId != Id || bid.Status != BidStatus.Active || bid.SubmittedAtUtc > TenderEndUtc)
        {
            throw new TenderRuleException(TenderProblem.NotAnActiveBidOfThisTender);
        }

        _status = TenderStatus.Awarded;
        AwardedBidId = bid.Id;
        AwardedAmountYen = bid.AmountYen;
        AwardedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Evaluation → Unsuccessful (不調・不落): no bid, or none acceptable.</summary>
    public void MarkUnsuccessful(DateTime nowUtc)
    {
        RequireEvaluation(nowUtc, TenderProblem.UnsuccessfulOnlyUnderEvaluation);
        _status = TenderStatus.Unsuccessful;
        UnsuccessfulAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Records the contract of an awarded tender: an amount in yen and a signing day no earlier than the award, not in the future.</summary>
    public void RecordContract(long amountYen, DateOnly signedOn, DateTime nowUtc)
    {
        if (Status != TenderStatus.Awarded || AwardedAtUtc is null)
        {
            throw new TenderRuleException(TenderProblem.ContractBeforeAward);
        }

        if (amountYen <= 0)
        {
            throw new TenderRuleException(TenderProblem.ContractAmountNotPositive);
        }

        if (signedOn < JapanTime.DayOf(AwardedAtUtc.Value) || signedOn > JapanTime.DayOf(nowUtc))
        {
            throw new TenderRuleException(TenderProblem.ContractDateOutOfRange);
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
            throw new TenderRuleException(TenderProblem.CompleteBeforeContract);
        }

        _status = TenderStatus.Complete;
        CompletedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Why a bid cannot be made, revised or withdrawn now, or null while the tender period runs.</summary>
    public TenderProblem? BidProblem(DateTime nowUtc) => StatusAt(nowUtc) switch
    {
        TenderStatus.Tendering => null,
        TenderStatus.Published => TenderProblem.BiddingNotStarted,
        TenderStatus.Evaluation or TenderStatus.Awarded or TenderStatus.Complete or TenderStatus.Unsuccessful => TenderProblem.BiddingClosed,
        TenderStatus.Cancelled => TenderProblem.TenderCancelled,
        _ => TenderProblem.NotTakingBids,
    };

    /// <summary>Why a question cannot be asked now, or null during the enquiry period of a public tender.</summary>
    public TenderProblem? QuestionProblem(DateTime nowUtc)
    {
        if (StatusAt(nowUtc) is not (TenderStatus.Published or TenderStatus.Tendering))
        {
            return TenderProblem.NotTakingQuestions;
        }

        return nowUtc >= EnquiryEndUtc ? TenderProblem.EnquiryPeriodOver : null;
    }

    /// <summary>Why joint-bid partners cannot be sought now, or null while the tender is open.</summary>
    public TenderProblem? PartnerSearchProblem(DateTime nowUtc) =>
        StatusAt(nowUtc) is TenderStatus.Published or TenderStatus.Tendering ? null : TenderProblem.PartnersOnlyWhileOpen;

    private void RequireEvaluation(DateTime nowUtc, TenderProblem problem)
    {
        var status = StatusAt(nowUtc);
        if (status != TenderStatus.Evaluation)
        {
            throw new TenderRuleException(problem, status);
        }
    }

    private void Touch() => Version = Guid.NewGuid();

    /// <summary><see cref="ClockRule"/> applied to a tender's columns and a moment a query passes as a parameter.</summary>
    private static Expression<Func<Tender, TenderStatus>> ClockStatusOf(DateTime nowUtc)
    {
        var tender = Expression.Parameter(typeof(Tender), "t");
        var now = MomentOf(nowUtc);
        var columns = new Dictionary<ParameterExpression, Expression>
        {
            [ClockRule.Parameters[0]] = Expression.Property(tender, nameof(Status)),
            [ClockRule.Parameters[1]] = Expression.Property(tender, nameof(TenderStartUtc)),
            [ClockRule.Parameters[2]] = Expression.Property(tender, nameof(TenderEndUtc)),
            [ClockRule.Parameters[3]] = now,
        };
        return Expression.Lambda<Func<Tender, TenderStatus>>(new Substitution(columns).Visit(ClockRule.Body), tender);
    }

    /// <summary>A member of a captured object, not a constant: EF passes the moment as a parameter and reuses the query plan.</summary>
    private static MemberExpression MomentOf(DateTime nowUtc) => Expression.Property(Expression.Constant(new Moment(nowUtc)), nameof(Moment.Utc));

    private sealed record Moment(DateTime Utc);

    /// <summary>A value a query passes as a parameter rather than a constant.</summary>
    private sealed record Code(string Value);

    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
    }
}
