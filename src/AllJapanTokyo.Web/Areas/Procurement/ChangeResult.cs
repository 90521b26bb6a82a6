using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>What the tender portal's forms refuse beyond the domain's own rules: input that cannot be read, or a choice not made.</summary>
public enum FormProblem
{
    /// <summary>Only an enterprise the secretariat approved asks and bids (<see cref="Domain.Enterprises.Enterprise.MayBid"/>).</summary>
    EnterpriseNotApproved,

    /// <summary>The tender is limited to prefectures the enterprise is not in (<see cref="Tender.IsEligible"/>).</summary>
    EnterpriseNotEligible,

    /// <summary>The bid form came without its submission key.</summary>
    FormExpired,

    NoBidToWithdraw,

    /// <summary>Empty, or longer than <see cref="Tender.MaxTitleLength"/>.</summary>
    TitleMissing,

    /// <summary>Empty, or longer than <see cref="Tender.MaxDescriptionLength"/>.</summary>
    DescriptionMissing,

    CategoryMissing,

    MethodMissing,

    DeliveryPrefectureMissing,

    PrefectureNotValid,

    EnquiryEndMissing,

    TenderStartMissing,

    TenderEndMissing,

    /// <summary>Empty, or longer than <see cref="Tender.MaxContactLength"/>.</summary>
    ContactMissing,

    WinningBidMissing,

    ContractAmountNotANumber,

    ContractDateMissing,

    /// <summary>Another person saved the tender between reading and writing it.</summary>
    ChangedMeanwhile,

    /// <summary>Another person saved the draft after the form was opened (<see cref="Tender.Version"/>): nothing was written.</summary>
    DraftSavedMeanwhile,

    /// <summary>A document is removed from a draft here, from a published tender through an amendment.</summary>
    NoSuchDocument,

    /// <summary>Documents are added to drafts and published tenders only.</summary>
    DocumentsClosed,

    DocumentMissing,
}

/// <summary>What a change did, for the notice shown after it.</summary>
public enum ChangeNotice
{
    BidReceived,

    /// <summary>The same form was sent again: still one bid.</summary>
    BidReceivedAgain,

    BidRevised,

    BidWithdrawn,

    QuestionSent,

    InterestRemoved,

    InterestListed,

    Published,

    DraftSaved,

    RecordedUnsuccessful,

    Completed,

    Cancelled,

    Awarded,

    ContractRecorded,

    AnswerPublished,

    DocumentAdded,

    DocumentRemoved,

    Amended,

    Watching,

    Unwatched,
}

/// <summary>Why a change was refused: a rule of the domain (with the status the tender had, where the rule names it) or the form.</summary>
public abstract record ChangeProblem
{
    private ChangeProblem()
    {
    }

    public sealed record Rule(TenderProblem Problem, TenderStatus? StatusThen = null) : ChangeProblem;

    public sealed record Form(FormProblem Problem) : ChangeProblem;

    /// <summary>A number that could not be read as typed (<see cref="TypedNumber"/>).</summary>
    public sealed record Number(NumberProblem Problem) : ChangeProblem;

    public static ChangeProblem Of(TenderRuleException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Rule(error.Problem, error.StatusThen);
    }
}

/// <summary>The outcome of an enterprise's or a buyer's change: done, refused with problems per field, or no such tender for this person.</summary>
public sealed record ChangeResult(bool Found, IReadOnlyList<(string Field, ChangeProblem Problem)> Problems, ChangeNotice? Notice = null)
{
    public static ChangeResult NotFound { get; } = new(false, []);

    public bool Succeeded => Found && Problems.Count == 0;

    public static ChangeResult Done(ChangeNotice notice) => new(true, [], notice);

    public static ChangeResult Refused(string field, TenderProblem problem) => new(true, [(field, new ChangeProblem.Rule(problem))]);

    public static ChangeResult Refused(string field, FormProblem problem) => new(true, [(field, new ChangeProblem.Form(problem))]);

    public static ChangeResult Refused(string field, NumberProblem problem) => new(true, [(field, new ChangeProblem.Number(problem))]);

    public static ChangeResult Refused(string field, TenderRuleException error) => new(true, [(field, ChangeProblem.Of(error))]);
}

/// <summary>Problems gathered field by field while a form is checked.</summary>
public sealed class ChangeProblems : List<(string Field, ChangeProblem Problem)>
{
    public void Add(string field, TenderProblem problem) => Add((field, new ChangeProblem.Rule(problem)));

    public void Add(string field, FormProblem problem) => Add((field, new ChangeProblem.Form(problem)));

    public void Add(string field, NumberProblem problem) => Add((field, new ChangeProblem.Number(problem)));
}
