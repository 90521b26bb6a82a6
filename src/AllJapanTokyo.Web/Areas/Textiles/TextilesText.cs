using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Web.Areas.Textiles.Designers;
using AllJapanTokyo.Web.Areas.Textiles.Regions;
using AllJapanTokyo.Web.Areas.Textiles.Requests;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Textiles;

/// <summary>What the progress report records for a textile production region: one of the report's own captions.</summary>
public enum TextileRecord
{
    /// <summary>「新潟県の繊維メーカーとのマッチング実績」: a match made with a textile maker of the region.</summary>
    MatchedWithTextileMaker,
}

/// <summary>The words for the Textiles area's codes, through the one localiser.</summary>
public static class TextilesText
{
    public static LocalizedString Of(this IStringLocalizer L, TextileRecord record) => record switch
    {
        TextileRecord.MatchedWithTextileMaker => L["新潟県の繊維メーカーとのマッチング実績"],
        _ => throw new ArgumentOutOfRangeException(nameof(record)),
    };

    public static LocalizedString Of(this IStringLocalizer L, RequestStage stage) => stage switch
    {
        RequestStage.Received => L["受付"],
        RequestStage.Introduced => L["産地に紹介"],
        RequestStage.Met => L["面談済み"],
        RequestStage.Sample => L["サンプル製作"],
        RequestStage.Ordered => L["発注"],
        RequestStage.Closed => L["終了"],
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static LocalizedString Of(this IStringLocalizer L, IntroductionAnswer answer) => answer switch
    {
        IntroductionAnswer.None => L["未回答"],
        IntroductionAnswer.Interested => L["関心あり"],
        IntroductionAnswer.NotNow => L["今回は見送り"],
        _ => throw new ArgumentOutOfRangeException(nameof(answer)),
    };

    public static LocalizedString Of(this IStringLocalizer L, MessageSide side) => side switch
    {
        MessageSide.Designer => L["デザイナー"],
        MessageSide.Region => L["産地"],
        MessageSide.Coordinator => L["コーディネーター（東京都）"],
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static LocalizedString Of(this IStringLocalizer L, DesignerKind kind) => kind switch
    {
        DesignerKind.Individual => L["個人"],
        DesignerKind.Company => L["法人"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The field names of the request form.</summary>
    public static LocalizedString RequestField(this IStringLocalizer L, string field) => field switch
    {
        nameof(RequestInput.Material) => L["素材"],
        nameof(RequestInput.Technique) => L["技法・加工"],
        nameof(RequestInput.Quantity) => L["数量（単位も）"],
        nameof(RequestInput.Timing) => L["希望時期"],
        nameof(RequestInput.BudgetMin) => L["予算（下限・円）"],
        nameof(RequestInput.BudgetMax) => L["予算（上限・円）"],
        nameof(RequestInput.Purpose) => L["目的・用途"],
        _ => L["入力内容"],
    };

    public static string Of(this IStringLocalizer L, RequestFieldProblem problem) =>
        L["{0}：{1}", L.RequestField(problem.Field), problem.Number is { } number ? L.Of(number, RequestDesk.MaxBudgetYen, money: true) : L.Of(problem.Problem)].Value;

    public static LocalizedString Of(this IStringLocalizer L, RequestProblem problem) => problem switch
    {
        RequestProblem.Required => L["入力してください。"],
        RequestProblem.TooLong => L["長すぎます。短くしてください。"],
        RequestProblem.NotANumber => L["数値を入力してください。"],
        RequestProblem.BudgetRange => L["予算の上限は下限以上にしてください。"],
        RequestProblem.WrongStage => L["いまの段階からは、この操作はできません。"],
        RequestProblem.NoRegion => L["紹介する産地を選んでください。"],
        RequestProblem.AlreadyIntroduced => L["選んだ産地にはすでに紹介済みです。"],
        RequestProblem.ReasonMissing => L["終了の理由を入力してください。"],
        RequestProblem.NotIntroduced => L["メッセージは、コーディネーターが産地を紹介した後に送れます。"],
        RequestProblem.RequestClosed => L["この依頼は終了しているため、メッセージは送れません。"],
        RequestProblem.AttachmentTooLarge => L["添付ファイルは{0}MB以下にしてください。", RequestMessage.AttachmentMaxBytes / 1024 / 1024],
        RequestProblem.AttachmentNotAllowed => L["添付できるのは画像（PNG・JPEG・GIF・WebP）とPDFだけです（ファイルの内容で判定します）。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString RegionField(this IStringLocalizer L, string field) => field switch
    {
        "prefecture_code" => L["都道府県コード"],
        "other_prefecture_codes" => L["ほかの都道府県コード"],
        "name_ja" => L["産地名"],
        "name_en" => L["産地名（英語）"],
        "materials" => L["素材"],
        "processes" => L["工程・加工"],
        "minimum_lot" => L["最小ロット"],
        "lead_time" => L["リードタイム"],
        "sample_policy" => L["サンプル対応"],
        "contact" => L["連絡先"],
        "photo_url" => L["写真のアドレス（https）"],
        _ => L["行全体"],
    };

    public static string Of(this IStringLocalizer L, RegionFieldProblem problem) =>
        L["{0}：{1}", L.RegionField(problem.Field), problem.Problem switch
        {
            RegionProblem.Required => L["入力してください。"],
            RegionProblem.TooLong => L["長すぎます。短くしてください。"],
            RegionProblem.UnknownPrefecture => L["都道府県コードは01～47で入力してください。"],
            RegionProblem.NotYourPrefecture => L["ほかの都道府県の産地は編集できません。"],
            RegionProblem.NotAnHttpsAddress => L["https で始まるアドレスを入力してください。"],
            RegionProblem.DuplicateName => L["同じ都道府県に同じ名前の産地があります。"],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        }].Value;

    public static string Of(this IStringLocalizer L, DesignerFormProblem problem) => problem.Problem switch
    {
        null => L["ウェブサイトは https で始まるアドレスを入力してください。"].Value,
        DesignerProblem.NameMissing => L["名前（屋号・会社名）を入力してください。"].Value,
        DesignerProblem.NotTokyoBased => L["活動している東京都内の区市町村を入力してください。"].Value,
        DesignerProblem.TextTooLong => L["長すぎる項目があります。短くしてください。"].Value,
        DesignerProblem.ImageMissing => L["画像ファイルを選択してください。"].Value,
        DesignerProblem.ImageTooLarge => L["画像は{0}MB以下にしてください。", DesignerImage.MaxBytes / 1024 / 1024].Value,
        DesignerProblem.NotAnImage => L["PNG・JPEG・GIF・WebP形式の画像のみ登録できます（ファイルの内容で判定します）。"].Value,
        DesignerProblem.TooManyImages => L["作品画像は{0}点までです。", Designer.MaxImages].Value,
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };
}
