using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace AllJapanTokyo.UnitTests.Web;

/// <summary>An address names a fiscal year exactly when the domain says it is one.</summary>
public sealed class FiscalYearRoutes
{
    [Theory]
    [InlineData("2020", true)]
    [InlineData("1989", true)]
    [InlineData("2099", true)]
    [InlineData("1988", false)]
    [InlineData("2100", false)]
    [InlineData("FY2020", false)]
    [InlineData("-2020", false)]
    [InlineData("", false)]
    public void AYearInTheAddressMatchesWhenItIsAFiscalYear(string value, bool matches)
    {
        var values = new RouteValueDictionary { ["fiscalYear"] = value };

        Assert.Equal(matches, new FiscalYearRouteConstraint().Match(null, null, "fiscalYear", values, RouteDirection.IncomingRequest));
    }
}
