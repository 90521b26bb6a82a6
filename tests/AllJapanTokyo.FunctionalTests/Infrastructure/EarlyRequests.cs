using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// A request as the early path (StoredPagesFirstMiddleware) sees it, before routing and localisation: the address split
/// into scheme, host, language prefix (path base), path and query string, and a response body to read back.
/// </summary>
public static class EarlyRequests
{
    public static (DefaultHttpContext Context, MemoryStream Body) For(PortalFactory portal, string url)
    {
        var address = new Uri(portal.ClientOptions.BaseAddress, url);
        var prefix = PortalLanguage.All
            .Select(language => language.PathBase)
            .FirstOrDefault(p => p.Length > 0 && address.AbsolutePath.StartsWith(p + "/", StringComparison.Ordinal)) ?? "";
        var context = new DefaultHttpContext { RequestServices = portal.Services };
        context.Request.Scheme = address.Scheme;
        context.Request.Host = new HostString(address.Authority);
        context.Request.PathBase = prefix;
        context.Request.Path = address.AbsolutePath[prefix.Length..];
        context.Request.QueryString = new QueryString(address.Query);
        var body = new MemoryStream();
        context.Response.Body = body;
        return (context, body);
    }
}
