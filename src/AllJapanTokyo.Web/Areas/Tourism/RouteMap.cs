using AllJapanTokyo.Web.Areas.Tourism.Models;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>A stop placed on the route's map: its number along the route, its name and its point in the drawing.</summary>
public sealed record MapPoint(int Number, int DayNumber, string NameJa, double X, double Y);

/// <summary>
/// The route's map, drawn on the server from the stops' coordinates: an equirectangular projection of the stops'
/// own extent (longitude shrunk by the cosine of the mean latitude), so nothing is fetched at run time and no tile
/// service sees the visitor. Stops without coordinates are left out (and counted).
/// </summary>
public sealed record RouteMap(IReadOnlyList<MapPoint> Points, int Unplaced)
{
    public const double Width = 600, Height = 400, Margin = 40;

    public static RouteMap Of(IReadOnlyList<RouteDayItem> days)
    {
        var stops = days.SelectMany(d => d.Stops.Select(s => (Day: d.DayNumber, Stop: s))).Select((x, i) => (x.Day, x.Stop, Number: i + 1)).ToList();
        var placed = stops.Where(s => s.Stop.HasCoordinates).ToList();
        if (placed.Count == 0)
        {
            return new RouteMap([], stops.Count);
        }

        var meanLatitude = placed.Average(s => s.Stop.Latitude!.Value) * Math.PI / 180;
        var xs = placed.Select(s => s.Stop.Longitude!.Value * Math.Cos(meanLatitude)).ToList();
        var ys = placed.Select(s => s.Stop.Latitude!.Value).ToList();
        var (minX, maxX, minY, maxY) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        var span = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-6);
        var scale = Math.Min((Width - 2 * Margin) / span, (Height - 2 * Margin) / span);
        var offsetX = (Width - (maxX - minX) * scale) / 2;
        var offsetY = (Height - (maxY - minY) * scale) / 2;
        var points = placed.Select((s, i) => new MapPoint(
            s.Number, s.Day, s.Stop.NameJa,
            Math.Round(offsetX + (xs[i] - minX) * scale, 1),
            Math.Round(Height - offsetY - (ys[i] - minY) * scale, 1))).ToList();
        return new RouteMap(points, stops.Count - placed.Count);
    }

    /// <summary>The SVG polyline's points, in the route's order.</summary>
    public string Polyline => string.Join(' ', Points.Select(p => FormattableString.Invariant($"{p.X},{p.Y}")));
}
