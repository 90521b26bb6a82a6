using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Web.Areas.Fairs.Exhibitors;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs;

/// <summary>The words for the codes of the events the portal runs: types, application states and refusals.</summary>
public static class ExhibitorText
{
    public static LocalizedString Of(this IStringLocalizer L, FairEventType type) => type switch
    {
        FairEventType.FairPavilion => L["見本市の出展ブース"],
        FairEventType.ExhibitionZone => L["展示ゾーン"],
        FairEventType.FestivalBooth => L["祭典のブース"],
        FairEventType.BusinessMeeting => L["商談会"],
        FairEventType.NeedsPresentation => L["ニーズ発表会"],
        FairEventType.TimberFair => L["木材の展示会"],
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ApplicationStatus status) => status switch
    {
        ApplicationStatus.Applied => L["申込済み"],
        ApplicationStatus.Selected => L["選定"],
        ApplicationStatus.NotSelected => L["非選定"],
        ApplicationStatus.Confirmed => L["出展確定"],
        ApplicationStatus.Withdrawn => L["辞退"],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ApplicationDecision decision) => decision switch
    {
        ApplicationDecision.Select => L["選定する"],
        ApplicationDecision.NotSelect => L["選定しない"],
        ApplicationDecision.Confirm => L["出展を確定する"],
        ApplicationDecision.Withdraw => L["辞退として扱う"],
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ApplicationProblem problem) => problem switch
    {
        ApplicationProblem.OutsideWindow => L["申込期間外のため、申し込めません。"],
        ApplicationProblem.AlreadyApplied => L["この催しには既に申し込んでいます。申込は1社1回です。"],
        ApplicationProblem.CategoryFull => L["この小間区分は満枠です。別の区分を選んでください。"],
        ApplicationProblem.NoCategory => L["小間区分を選んでください。"],
        ApplicationProblem.ProductsMissing => L["出展する製品・サービスを入力してください。"],
        ApplicationProblem.ProductsTooLong => L["出展する製品・サービスは2,000文字以内で入力してください。"],
        ApplicationProblem.PrTextTooLong => L["PR文は4,000文字以内で入力してください。"],
        ApplicationProblem.EnterpriseNotApproved => L["事務局の承認を受けた企業だけが出展を申し込めます。"],
        ApplicationProblem.PrefectureNotInvited => L["貴社の都道府県はこの催しの対象ではありません。"],
        ApplicationProblem.WrongState => L["この申込の今の状況では、その操作はできません。"],
        ApplicationProblem.NoSuchBooth => L["その小間番号はこの区分にありません。"],
        ApplicationProblem.BoothTaken => L["その小間は、たった今ほかの出展者に割り当てられました。別の小間を選んでください。"],
        ApplicationProblem.ChangedMeanwhile => L["この申込は、画面を開いた後にほかの担当者が変更しました。最新の状況を確認してください。"],
        ApplicationProblem.NotOwnPrefecture => L["推薦できるのは自県の企業だけです。"],
        ApplicationProblem.EventNotStarted => L["催しが始まる前には終了できません。"],
        ApplicationProblem.EventClosed => L["この催しは既に終了しています。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, EventFormProblem problem) => problem switch
    {
        EventFormProblem.Required => L["入力してください。"],
        EventFormProblem.TooLong => L["長すぎます。短くしてください。"],
        EventFormProblem.NotAFairsMeasure => L["展示会・商談会の施策を選んでください。"],
        EventFormProblem.NotADate => L["日付を 2026-10-01 の形で入力してください。"],
        EventFormProblem.EndsBeforeStart => L["終了日が開始日より前です。"],
        EventFormProblem.WindowEndsBeforeItOpens => L["申込の締切が受付開始より前です。"],
        EventFormProblem.WindowClosesAfterEventEnds => L["申込の締切が催しの終了日より後です。"],
        EventFormProblem.NotAnAddress => L["https:// で始まるアドレスを入力してください。"],
        EventFormProblem.NoCategory => L["小間区分を1つ以上入力してください。"],
        EventFormProblem.DuplicateCode => L["記号が他の区分と重なっています。"],
        EventFormProblem.CountInvalid => L["小間数を1から1,000までの整数で入力してください。"],
        EventFormProblem.FeeInvalid => L["出展料を円の整数で入力してください（無料なら空欄）。"],
        EventFormProblem.CountBelowTaken => L["選定済みの出展者や割当済みの小間より少なくはできません。"],
        EventFormProblem.CategoryInUse => L["申込がある区分は削除できません。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, DelegationProblem problem) => problem switch
    {
        DelegationProblem.NoSuchOrganiser => L["そのメールアドレスの催し運営者アカウントはありません。"],
        DelegationProblem.AlreadyDelegated => L["このアカウントには既に委任しています。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };
}
