using AllJapanTokyo.Web.Areas.Dashboard;
using Microsoft.AspNetCore.Http;

namespace AllJapanTokyo.UnitTests.Dashboard;

public sealed class PublishedPageCacheTests
{
    [Fact]
    public void TheKeyHoldsThePathBaseWhereTheLanguagePrefixLives()
    {
        static HttpRequest Request(string pathBase)
        {
            var context = new DefaultHttpContext();
            context.Request.PathBase = pathBase;
            context.Request.Path = "/dashboard";
            context.Request.QueryString = new QueryString("?fy=2020");
            return context.Request;
        }

        var root = PublishedPageCacheMiddleware.Key(7, Request(""));
        var english = PublishedPageCacheMiddleware.Key(7, Request("/en"));
        var hosted = PublishedPageCacheMiddleware.Key(7, Request("/portal/en"));

        Assert.Equal(3, new[] { root, english, hosted }.Distinct().Count());
        Assert.EndsWith("/en/dashboard?fy=2020", english, StringComparison.Ordinal);
        Assert.NotEqual(english, PublishedPageCacheMiddleware.Key(8, Request("/en")));
    }
}
