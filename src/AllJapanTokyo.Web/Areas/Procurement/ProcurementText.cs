using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// The URL and CSV codes of the tender portal ("goods", "tendering") and the words for its codes, through the one
/// localiser: <c>@L.Of(tender.Status)</c>. The codes are what links and exports carry; the words are what people read.
/// </summary>
public static class ProcurementText
{
    public static IReadOnlyList<TenderCategory> Categories { get; } = Enum.GetValues<TenderCategory>();

    public static IReadOnlyList<ProcurementMethod> Methods { get; } = Enum.GetValues<ProcurementMethod>();

    /// <summary>The statuses a public reader can search for: every one but Draft, which is never public.</summary>
    public static IReadOnlyList<TenderStatus> PublicStatuses { get; } = Enum.GetValues<TenderStatus>().Where(s => s != TenderStatus.Draft).ToList();

    public static string Code(this TenderCategory category) => category.ToString().ToLowerInvariant();

    public static string Code(this TenderStatus status) => status.ToString().ToLowerInvariant();

    public static string Code(this ProcurementMethod method) => method.ToString().ToLowerInvariant();

    public static string Code(this AlertFrequency frequency) => frequency.ToString().ToLowerInvariant();

    public static TenderCategory? ParseCategory(string? code) =>
        Categories.Cast<TenderCategory?>().FirstOrDefault(c => c!.Value.Code() == code);

    public static ProcurementMethod? ParseMethod(string? code) =>
        Methods.Cast<ProcurementMethod?>().FirstOrDefault(m => m!.Value.Code() == code);

    public static TenderStatus? ParseStatus(string? code) =>
        Enum.GetValues<TenderStatus>().Cast<TenderStatus?>().FirstOrDefault(s => s!.Value.Code() == code);

    public static TenderStatus? ParsePublicStatus(string? code) =>
        PublicStatuses.Cast<TenderStatus?>().FirstOrDefault(s => s!.Value.Code() == code);

    public static AlertFrequency? ParseFrequency(string? code) =>
        Enum.GetValues<AlertFrequency>().Cast<AlertFrequency?>().FirstOrDefault(f => f!.Value.Code() == code?.Trim().ToLowerInvariant());

    public static LocalizedString Of(this IStringLocalizer L, TenderCategory category) => category switch
    {
        TenderCategory.Goods => L["物品"],
        TenderCategory.Services => L["役務"],
        TenderCategory.Works => L["工事"],
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ProcurementMethod method) => method switch
    {
        ProcurementMethod.Open => L["一般競争入札"],
        ProcurementMethod.Selective => L["指名競争入札"],
        ProcurementMethod.Limited => L["随意契約（見積合せ）"],
        ProcurementMethod.Direct => L["特命随意契約"],
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static LocalizedString Of(this IStringLocalizer L, TenderStatus status) => status switch
    {
        TenderStatus.Draft => L["下書き（非公開）"],
        TenderStatus.Published => L["公告中（入札受付前）"],
        TenderStatus.Tendering => L["入札受付中"],
        TenderStatus.Evaluation => L["開札・審査中"],
        TenderStatus.Awarded => L["落札者決定"],
        TenderStatus.Complete => L["契約完了"],
        TenderStatus.Cancelled => L["中止"],
        TenderStatus.Unsuccessful => L["不調・不落"],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static LocalizedString Of(this IStringLocalizer L, AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.None => L["メールを送らない"],
        AlertFrequency.Instant => L["新着の都度"],
        AlertFrequency.Daily => L["毎日（午前8時）"],
        AlertFrequency.Weekly => L["毎週（月曜午前8時）"],
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    /// <summary>A rule of the domain, naming the status the tender had where the rule depends on it.</summary>
    public static LocalizedString Of(this IStringLocalizer L, TenderProblem problem, TenderStatus? statusThen = null)
    {
        var status = statusThen is { } s ? L.Of(s).Value : "—";
        return problem switch
        {
            TenderProblem.EnquiryEndsAfterTenderStart => L["質問受付の締切は入札開始日時以前にしてください。"],
            TenderProblem.TenderEndsBeforeItStarts => L["入札締切は入札開始日時より後にしてください。"],
            TenderProblem.AlreadyPublished => L["公告した案件は編集できません。"],
            TenderProblem.PublishedTooLate => L["入札締切が過ぎているため公告できません。日程を見直してください。"],
            TenderProblem.NoEligiblePrefectures => L["参加できる都道府県を選ぶか、全国を選んでください。"],
            TenderProblem.EnquiryDeadlinePassed => L["質問受付の締切が過ぎているため公告できません。日程を見直してください。"],
            TenderProblem.CannotAmend => L["公告中または入札受付中で、締切前の案件だけが訂正できます（現在: {0}）。", status],
            TenderProblem.AmendmentReasonMissing => L["訂正の理由を入力してください。"],
            TenderProblem.AmendmentReasonTooLong => L["訂正の理由は{0}文字以内で入力してください。", Display.Number((long)Tender.MaxReasonLength)],
            TenderProblem.NothingAmended => L["訂正する項目がありません。内容を変えてから訂正公告を出してください。"],
            TenderProblem.AmendedDeadlinePassed => L["入札締切を過去の日時に訂正することはできません。"],
            TenderProblem.DocumentsOnlyByAmendment => L["公告後の資料の追加・削除は、訂正公告で行ってください。"],
            TenderProblem.CancellationReasonMissing => L["中止の理由を入力してください。"],
            TenderProblem.CancellationReasonTooLong => L["中止の理由は{0}文字以内で入力してください。", Display.Number((long)Tender.MaxReasonLength)],
            TenderProblem.CannotCancel => L["「{0}」の案件は中止できません。", status],
            TenderProblem.AwardOnlyUnderEvaluation => L["入札締切後の審査中の案件でなければ落札者を決定できません（現在: {0}）。", status],
            TenderProblem.UnsuccessfulOnlyUnderEvaluation => L["入札締切後の審査中の案件でなければ不調・不落にできません（現在: {0}）。", status],
            TenderProblem.NotAnActiveBidOfThisTender => L["この案件の有効な入札を選んでください。"],
            TenderProblem.ContractBeforeAward => L["契約は落札者決定後に登録できます。"],
            TenderProblem.ContractAmountNotPositive => L["契約金額は1円以上で入力してください。"],
            TenderProblem.ContractDateOutOfRange => L["契約日は落札者決定日から今日までの日付を入力してください。"],
            TenderProblem.CompleteBeforeContract => L["契約を登録してから完了にしてください。"],
            TenderProblem.BiddingNotStarted => L["入札の受付はまだ始まっていません。"],
            TenderProblem.BiddingClosed => L["入札の締切を過ぎたため、受け付けられません。"],
            TenderProblem.TenderCancelled => L["この案件は中止されました。"],
            TenderProblem.NotTakingBids => L["この案件には入札できません。"],
            TenderProblem.NotTakingQuestions => L["この案件は質問を受け付けていません。"],
            TenderProblem.EnquiryPeriodOver => L["質問の受付期間は終了しました。"],
            TenderProblem.BidAmountMissing => L["入札金額を円単位の数字で入力してください。"],
            TenderProblem.BidAmountNotPositive => L["入札金額は1円以上で入力してください。"],
            TenderProblem.BidAmountTooLarge => L["入札金額が大きすぎます。"],
            TenderProblem.BidNoteTooLong => L["備考は{0}文字以内で入力してください。", Display.Number((long)Bid.MaxNoteLength)],
            TenderProblem.FileEmpty => L["ファイルが空です。"],
            TenderProblem.FileTooLarge => L["ファイルは{0}MB以下にしてください。", TenderDocument.MaxMegabytes],
            TenderProblem.FileNotPdf => L["PDFファイルを選んでください（内容がPDFではありません）。"],
            TenderProblem.QuestionMissing => L["質問を入力してください。"],
            TenderProblem.AnswerMissing => L["回答を入力してください。"],
            TenderProblem.QuestionTextTooLong => L["質問と回答は{0}文字以内で入力してください。", Display.Number((long)TenderQuestion.MaxLength)],
            TenderProblem.InterestMessageTooLong => L["メッセージは{0}文字以内で入力してください。", TenderInterest.MaxMessageLength],
            TenderProblem.PartnersOnlyWhileOpen => L["受付が終わった案件ではパートナーを募集できません。"],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
    }

    public static LocalizedString Of(this IStringLocalizer L, FormProblem problem) => problem switch
    {
        FormProblem.EnterpriseNotApproved => L["事務局の審査で承認された企業だけが質問・入札できます。"],
        FormProblem.EnterpriseNotEligible => L["この案件は所在地の要件により、貴社は参加できません。"],
        FormProblem.FormExpired => L["フォームを開き直してから送信してください。"],
        FormProblem.NoBidToWithdraw => L["取り下げる入札がありません。"],
        FormProblem.TitleMissing => L["件名を{0}文字以内で入力してください。", Tender.MaxTitleLength],
        FormProblem.DescriptionMissing => L["案件の内容を{0}文字以内で入力してください。", Display.Number((long)Tender.MaxDescriptionLength)],
        FormProblem.CategoryMissing => L["種別を選んでください。"],
        FormProblem.MethodMissing => L["入札方式を選んでください。"],
        FormProblem.DeliveryPrefectureMissing => L["納入場所の都道府県を選んでください。"],
        FormProblem.PrefectureNotValid => L["都道府県の選択が正しくありません。"],
        FormProblem.EnquiryEndMissing => L["質問受付締切の日時を入力してください（日本時間）。"],
        FormProblem.TenderStartMissing => L["入札受付開始の日時を入力してください（日本時間）。"],
        FormProblem.TenderEndMissing => L["入札締切の日時を入力してください（日本時間）。"],
        FormProblem.ContactMissing => L["問い合わせ先を{0}文字以内で入力してください。", Tender.MaxContactLength],
        FormProblem.WinningBidMissing => L["落札者とする入札を選んでください。"],
        FormProblem.ContractAmountNotANumber => L["契約金額を円単位の数字で入力してください。"],
        FormProblem.ContractDateMissing => L["契約日を入力してください（例: 2026-12-01）。"],
        FormProblem.ChangedMeanwhile => L["他の担当者が同時にこの案件を変更しました。ページを開き直してください。"],
        FormProblem.DraftSavedMeanwhile => L["他の担当者が先にこの下書きを保存したため、保存しませんでした。あなたの入力は残っています。案件の管理画面で最新の内容を確かめてから、もう一度保存してください。"],
        FormProblem.NoSuchDocument => L["その資料は見つかりません。"],
        FormProblem.DocumentsClosed => L["この案件には資料を追加できません。"],
        FormProblem.DocumentMissing => L["PDFファイルを選んでください。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ChangeProblem problem) => problem switch
    {
        ChangeProblem.Rule rule => L.Of(rule.Problem, rule.StatusThen),
        ChangeProblem.Form form => L.Of(form.Problem),
        ChangeProblem.Number number => L.Of(number.Problem),
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ChangeNotice notice) => notice switch
    {
        ChangeNotice.BidReceived => L["入札を受け付けました。締切までは修正・取り下げができます。"],
        ChangeNotice.BidReceivedAgain => L["入札を受け付けました（同じ内容の再送信は1件として扱います）。"],
        ChangeNotice.BidRevised => L["入札を修正しました。"],
        ChangeNotice.BidWithdrawn => L["入札を取り下げました。締切までは再度入札できます。"],
        ChangeNotice.QuestionSent => L["質問を送信しました。回答はこのページで公開されます（質問者名は公開されません）。"],
        ChangeNotice.InterestRemoved => L["共同受注パートナー募集の掲載をやめました。"],
        ChangeNotice.InterestListed => L["共同受注パートナー募集を掲載しました。"],
        ChangeNotice.Published => L["案件を公告しました。"],
        ChangeNotice.DraftSaved => L["下書きを保存しました。"],
        ChangeNotice.RecordedUnsuccessful => L["不調・不落として記録しました。"],
        ChangeNotice.Completed => L["契約完了として記録しました。"],
        ChangeNotice.Cancelled => L["案件を中止しました。入札者とウォッチしている企業に知らせました。"],
        ChangeNotice.Awarded => L["落札者を決定しました。入札者とウォッチしている企業に知らせました。"],
        ChangeNotice.ContractRecorded => L["契約を登録しました。"],
        ChangeNotice.AnswerPublished => L["回答を公開しました。"],
        ChangeNotice.DocumentAdded => L["資料を追加しました。"],
        ChangeNotice.DocumentRemoved => L["資料を削除しました。"],
        ChangeNotice.Amended => L["訂正公告を出しました。入札者とウォッチしている企業に知らせました。"],
        ChangeNotice.Watching => L["この案件をウォッチします。回答・訂正・結果をお知らせします。"],
        ChangeNotice.Unwatched => L["この案件のウォッチをやめました。"],
        _ => throw new ArgumentOutOfRangeException(nameof(notice)),
    };

    /// <summary>A signed-in company's standing for a listed tender.</summary>
    public static LocalizedString Of(this IStringLocalizer L, Participation participation) => participation switch
    {
        Participation.MayBid => L["参加できます"],
        Participation.NotApproved => L["承認後に参加できます"],
        Participation.NotEligible => L["所在地の要件により参加できません"],
        Participation.Closed => L["受付終了"],
        _ => throw new ArgumentOutOfRangeException(nameof(participation)),
    };

    /// <summary>What an amendment (訂正公告) changed, as its history names it.</summary>
    public static LocalizedString Of(this IStringLocalizer L, TenderChangeField field) => field switch
    {
        TenderChangeField.Title => L["件名"],
        TenderChangeField.Description => L["案件の内容"],
        TenderChangeField.Contact => L["問い合わせ先"],
        TenderChangeField.Budget => L["予定価格"],
        TenderChangeField.EnquiryEnd => L["質問受付締切"],
        TenderChangeField.TenderStart => L["入札受付開始"],
        TenderChangeField.TenderEnd => L["入札締切"],
        TenderChangeField.DocumentAdded => L["資料の追加"],
        TenderChangeField.DocumentRemoved => L["資料の削除"],
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Why a search value was left out, and what the page shows instead.</summary>
    public static LocalizedString Of(this IStringLocalizer L, FilterProblem problem) => problem switch
    {
        FilterProblem.KeywordTooLong => L["キーワードは{0}文字・{1}語以内で入力してください。キーワードを指定せずに表示しています。", TenderFilter.MaxKeywordLength, TenderFilter.MaxKeywordWords],
        FilterProblem.UnknownPrefecture p => L["都道府県コード「{0}」は正しくありません（01〜47）。都道府県を指定せずに表示しています。", p.Value],
        FilterProblem.UnknownCategory c => L["案件の種別「{0}」は選べません（物品・役務・工事）。種別を指定せずに表示しています。", c.Value],
        FilterProblem.UnknownStatus s => L["状況「{0}」は選べません。状況を指定せずに表示しています。", s.Value],
        FilterProblem.UnknownSort s => L["並び順「{0}」は選べません。締切順で表示しています。", s.Value],
        FilterProblem.NoSuchPage p => L["ページ番号「{0}」は表示できません。1ページ目を表示しています。", p.Value],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>How an enterprise's bid stands, as its own page lists it.</summary>
    public static LocalizedString Of(this IStringLocalizer L, BidResult result) => result switch
    {
        BidResult.Withdrawn => L["辞退（取り下げ）"],
        BidResult.TenderCancelled => L["案件中止"],
        BidResult.Unsuccessful => L["不調・不落（落札者なし）"],
        BidResult.Won => L["落札"],
        BidResult.NotAwarded => L["非落札"],
        BidResult.UnderEvaluation => L["開札・審査中（結果待ち）"],
        BidResult.Open => L["入札受付中（結果待ち）"],
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    public static LocalizedString Of(this IStringLocalizer L, SavedSearchProblem problem) => problem switch
    {
        SavedSearchProblem.InFilter filter => L.Of(filter.Problem),
        SavedSearchProblem.NameMissing => L["名前を入力してください。"],
        SavedSearchProblem.NameTooLong => L["名前は{0}文字以内で入力してください。", SavedSearch.MaxNameLength],
        SavedSearchProblem.FrequencyMissing => L["メールの頻度を選択してください。"],
        SavedSearchProblem.TooMany => L["保存できる検索条件は{0}件までです。不要な条件を削除してください。", SavedSearch.MaxPerUser],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, RecommendationProblem problem) => problem switch
    {
        RecommendationProblem.NoRegion => L["担当地域が登録されていません。管理者に連絡してください。"],
        RecommendationProblem.ReferenceMissing => L["案件番号を入力してください。"],
        RecommendationProblem.NotRecommendable => L["公告中の案件番号（例：T-2020-000123）を入力してください。"],
        RecommendationProblem.IndustryMissing => L["業種（日本標準産業分類の大分類）を選んでください。"],
        RecommendationProblem.PrefectureOutsideRegion => L["担当地域の都道府県を選んでください。"],
        RecommendationProblem.NoteTooLong => L["コメントは{0}文字以内で入力してください。", Display.Number((long)TenderRecommendation.MaxNoteLength)],
        RecommendationProblem.AlreadyRecommended => L["この案件は同じ業種・地域に推薦済みです。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>A count of bytes as kilobytes, rounded up to at least 1 (「120KB」).</summary>
    public static string Kilobytes(long bytes) => Display.Number(Math.Max(1L, bytes / 1024));
}
