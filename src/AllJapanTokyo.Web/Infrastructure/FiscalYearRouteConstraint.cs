using System.Globalization;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// <c>{fiscalYear:fiscalYear}</c>: a route value that is a year <see cref="FiscalYear.IsValid"/> accepts, so an address
/// and the domain agree on which years exist.
/// </summary>
public sealed class FiscalYearRouteConstraint : IRouteConstraint
{
    public const string Name = "fiscalYear";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && FiscalYear.IsValid(year);
}
