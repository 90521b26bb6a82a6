using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Notifications;

/// <summary>
/// The portal's own address (<c>Portal:BaseUrl</c>), from which every link in a mail is built: never from the request's
/// Host header, which the client chooses.
/// </summary>
public sealed class PortalAddress(IConfiguration configuration)
{
    /// <summary>The configured address; Development without one answers on its default port.</summary>
    public string BaseUrl => (configuration["Portal:BaseUrl"] is { Length: > 0 } configured ? configured : "http://localhost:5080").TrimEnd('/');

    /// <summary>The absolute address of a site-relative path ("/procurement/tenders/12?x=1") in a language.</summary>
    public string Link(string path, PortalLanguage language) => BaseUrl + language.PathBase + (path.StartsWith('/') ? path : "/" + path);
}
