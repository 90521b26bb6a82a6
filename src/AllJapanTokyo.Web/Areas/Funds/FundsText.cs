using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Funds;

/// <summary>The words for the Funds area, through the one localiser.</summary>
public static class FundsText
{
    /// <summary>
    /// A step of the money flow the fund's data writes as 「出資→投資・経営支援→回収→分配」, in the reader's language; null
    /// for a step the portal has no words for (shown as the data's Japanese).
    /// </summary>
    public static LocalizedString? FlowStep(this IStringLocalizer L, string stepJa) => stepJa switch
    {
        "出資" => L["出資"],
        "投資・経営支援" => L["投資・経営支援"],
        "回収" => L["回収"],
        "分配" => L["分配"],
        _ => null,
    };

    /// <summary>「3社」, "3 companies", "1 company": a count of investee companies.</summary>
    public static LocalizedString Companies(this IStringLocalizer L, int count) => L.Count("{0}社", count);
}
