using AllJapanTokyo.Domain.Tourism;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Tourism.Mice;

/// <summary>The words of the MICE pages, through the one localiser.</summary>
public static class MiceText
{
    public static LocalizedString Of(this IStringLocalizer L, MicePromotionKind kind) => kind switch
    {
        MicePromotionKind.JointBusinessMeeting => L["合同商談会"],
        MicePromotionKind.Inspection => L["視察"],
        MicePromotionKind.Promotion => L["PR"],
        _ => L["その他"],
    };

    public static LocalizedString Of(this IStringLocalizer L, MicePromotionFieldProblem problem) => problem.Problem switch
    {
        MicePromotionProblem.PartnerRequired => L["MICEの連携都市を選んでください。"],
        MicePromotionProblem.TitleRequired => L["名称を入力してください。"],
        MicePromotionProblem.TooLong => L["名称は200文字、成果は2000文字以内で入力してください。"],
        MicePromotionProblem.KindRequired => L["種類を選んでください。"],
        MicePromotionProblem.FiscalYearRequired => L["年度を西暦（例：2020）で入力してください。"],
        MicePromotionProblem.DateRequired => L["{0}：日付を「2020-04-08」の形で入力してください。", L.MiceField(problem.Field)],
        MicePromotionProblem.PeriodReversed => L["終了日は開始日以降の日付にしてください。"],
        MicePromotionProblem.DateOutsideFiscalYear => L["実施日はその年度（4月1日～翌年3月31日）の中の日付にしてください。"],
        MicePromotionProblem.NotPartnerThatYear => L["その年度には、この都市はまだ連携先ではありません。"],
        MicePromotionProblem.PrefectureRequired => L["関係する都道府県を1つ以上選んでください。"],
        _ => L["都道府県は一覧から選んでください。"],
    };

    public static string MiceField(this IStringLocalizer L, string field) => field switch
    {
        "end" => L["終了日"],
        _ => L["開始日"],
    };
}
