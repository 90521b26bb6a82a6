using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Web.Areas.Crafts.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Crafts;

/// <summary>The words for the Crafts area's figures, codes and problems, through the one localiser.</summary>
public static class CraftsText
{
    /// <summary>「3件」「33都道府県」, or the status (「中止」「実施せず」) where the activity did not take place.</summary>
    public static LocalizedString Of(this IStringLocalizer L, CraftsFigure figure) =>
        figure.IsActivityMissing && figure.Status is { } status ? L.Of(status) : L.Figure(figure.Value, figure.Qualifier, figure.Unit);

    public static LocalizedString Of(this IStringLocalizer L, CraftDesignation designation) => designation switch
    {
        CraftDesignation.National => L["国指定伝統的工芸品"],
        CraftDesignation.Tokyo => L["東京都伝統工芸品"],
        CraftDesignation.Other => L["その他の工芸品"],
        _ => throw new ArgumentOutOfRangeException(nameof(designation)),
    };

    public static LocalizedString Of(this IStringLocalizer L, CraftMakerKind kind) => kind switch
    {
        CraftMakerKind.Craftsperson => L["職人"],
        CraftMakerKind.Workshop => L["工房・事業者"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static LocalizedString Of(this IStringLocalizer L, CraftApplicantSide side) => side switch
    {
        CraftApplicantSide.Maker => L["作り手"],
        CraftApplicantSide.Designer => L["デザイナー"],
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static LocalizedString Of(this IStringLocalizer L, CraftMilestoneKind kind) => kind switch
    {
        CraftMilestoneKind.Prototype => L["試作"],
        CraftMilestoneKind.AdviserReview => L["アドバイザーによる講評"],
        CraftMilestoneKind.Product => L["商品化"],
        CraftMilestoneKind.Exhibition => L["展示会出展"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static LocalizedString Of(this IStringLocalizer L, CraftProblem problem) => problem switch
    {
        CraftProblem.Required => L["入力してください"],
        CraftProblem.TooLong => L["長すぎます"],
        CraftProblem.UnknownPrefecture => L["都道府県コード（01～47）ではありません"],
        CraftProblem.UnknownDesignation => L["指定は national、tokyo、other のいずれかで入力してください"],
        CraftProblem.DuplicateName => L["同じ都道府県に同じ名前の工芸品があります"],
        CraftProblem.UnknownCraft => L["登録簿にない工芸品です"],
        CraftProblem.ImageMissing => L["画像を選んでください"],
        CraftProblem.ImageTooLarge => L["画像は5MBまでです"],
        CraftProblem.NotAnImage => L["画像（PNG、JPEG、GIF、WebP）ではありません"],
        CraftProblem.TooManyImages => L["画像はこれ以上追加できません"],
        CraftProblem.NotADate => L["日付は「2026-04-30」の形で入力してください"],
        CraftProblem.DeadlinePassed => L["締切を過ぎたため応募できません"],
        CraftProblem.AlreadyApplied => L["この募集には応募済みです"],
        CraftProblem.NoProfile => L["応募するには先にプロフィールを登録してください"],
        CraftProblem.RoundStillOpen => L["選定は締切の後に行います"],
        CraftProblem.NotSelected => L["選定された応募だけがチームになれます"],
        CraftProblem.NotYourTeam => L["このチームのメンバーではありません"],
        CraftProblem.NotATime => L["時刻は「13:00」の形で入力してください"],
        CraftProblem.MatchingAlreadySet => L["この募集のマッチング商談会は設定済みです"],
        CraftProblem.NothingToMatch => L["選定された作り手とデザイナーがそれぞれ1人以上必要です"],
        CraftProblem.SessionTimesInvalid => L["終了時刻は開始時刻の15分以上後にしてください"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>The label of a craft field, as the CSV names it.</summary>
    public static LocalizedString CraftField(this IStringLocalizer L, string field) => field switch
    {
        "name_ja" => L["名称"],
        "reading_ja" => L["読み"],
        "prefecture_code" => L["都道府県"],
        "designation" => L["指定"],
        "techniques_ja" => L["技術・技法"],
        "materials_ja" => L["原材料"],
        _ => L["行全体"],
    };
}
