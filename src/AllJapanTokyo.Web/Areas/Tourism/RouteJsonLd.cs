using System.Text.Json;
using System.Text.Json.Serialization;
using AllJapanTokyo.Web.Areas.Tourism.Models;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>
/// schema.org TouristTrip for a route page: the trip, each day a sub-trip whose itinerary is the ItemList of its stops
/// in order, with their prefecture and, where entered, their coordinates. Serialised with the default encoder, which
/// escapes &lt;, &gt; and &amp;, so the text cannot close the script element it is written into. The url is absolute, on
/// the portal's own address (Portal:BaseUrl), as schema.org's consumers expect; a stop is named in the page's language
/// where staff gave its romanised name, with the Japanese as its alternate name.
/// </summary>
public static class RouteJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <param name="url">The page's absolute address.</param>
    public static string For(IStringLocalizer L, RouteViewModel model, string url) => JsonSerializer.Serialize(
        new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "TouristTrip",
            ["name"] = L.TitleOf(model.Route),
            ["description"] = model.SummaryJa,
            ["url"] = url,
            ["subTrip"] = model.Days.Select(day => new Dictionary<string, object?>
            {
                ["@type"] = "TouristTrip",
                ["name"] = L["{0}日目", day.DayNumber].Value,
                ["itinerary"] = new Dictionary<string, object?>
                {
                    ["@type"] = "ItemList",
                    ["numberOfItems"] = day.Stops.Count,
                    ["itemListElement"] = day.Stops.Select((stop, i) => new Dictionary<string, object?>
                    {
                        ["@type"] = "ListItem",
                        ["position"] = i + 1,
                        ["item"] = Place(stop, day.Prefecture.Name.Ja),
                    }).ToList(),
                },
            }).ToList(),
        },
        Options);

    private static Dictionary<string, object?> Place(RouteStopItem stop, string prefectureJa) => new()
    {
        ["@type"] = "TouristAttraction",
        ["name"] = TourismText.StopName(stop).Text,
        ["alternateName"] = TourismText.StopName(stop).Japanese ? null : stop.NameJa,
        ["description"] = stop.WhatToSeeJa,
        ["address"] = new Dictionary<string, object?> { ["@type"] = "PostalAddress", ["addressRegion"] = prefectureJa, ["addressCountry"] = "JP" },
        ["geo"] = stop.HasCoordinates
            ? new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = stop.Latitude, ["longitude"] = stop.Longitude }
            : null,
    };
}
