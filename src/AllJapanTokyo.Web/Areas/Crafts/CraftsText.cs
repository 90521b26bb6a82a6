using AllJapanTokyo.Web.Areas.Crafts.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Crafts;

/// <summary>The words for the Crafts area's figures, through the one localiser.</summary>
public static class CraftsText
{
    /// <summary>「3件」「33都道府県」, or the status (「中止」「実施せず」) where the activity did not take place.</summary>
    public static LocalizedString Of(this IStringLocalizer L, CraftsFigure figure) =>
        figure.IsActivityMissing && figure.Status is { } status ? L.Of(status) : L.Figure(figure.Value, figure.Qualifier, figure.Unit);
}
