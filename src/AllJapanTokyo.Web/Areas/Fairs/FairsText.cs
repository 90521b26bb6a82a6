using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs;

/// <summary>The words for the Fairs area's codes and figures, through the one localiser.</summary>
public static class FairsText
{
    public static LocalizedString Of(this IStringLocalizer L, FairsFilterProblem problem) => problem switch
    {
        FairsFilterProblem.NotAFiscalYear p => L["「{0}」は年度として正しくありません。2020 のように西暦の年（4桁）で指定してください。", p.Given],
        FairsFilterProblem.NotAFairsMeasure p => L["「{0}」は展示会・商談会の施策ではありません。一覧から施策を選んでください。", p.Given],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>What a prefecture did at an event.</summary>
    public static LocalizedString Of(this IStringLocalizer L, ParticipationRole role) => role switch
    {
        ParticipationRole.Host => L["開催地"],
        ParticipationRole.Exhibitor => L["出展自治体"],
        ParticipationRole.Partner => L["連携自治体"],
        ParticipationRole.Participant => L["参加自治体"],
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>「約4,000」「4,000以上」, "about 4,000": the number alone, for table cells; "—" where the report gives none.</summary>
    public static string Of(this IStringLocalizer L, ReportedCount? count)
    {
        if (count is null)
        {
            return "—";
        }

        var number = Display.Number((long)count.Value);
        return count.Qualifier switch
        {
            ValueQualifier.Approx => L["約{0}", number],
            ValueQualifier.AtLeast => L["{0}以上", number],
            _ => number,
        };
    }

    /// <summary>「118企業・団体」「約4,000人」, or the status (「中止」「実施せず」) where the activity did not take place.</summary>
    public static LocalizedString Of(this IStringLocalizer L, FairsFigure figure) =>
        figure.IsActivityMissing && figure.Status is { } status ? L.Of(status) : L.Figure(figure.Value, figure.Qualifier, figure.Unit);

}
