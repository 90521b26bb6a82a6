using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>The language of the API's problem answers (400, 404 and 429): the caller's Accept-Language, not the address.</summary>
internal static class ApiLanguage
{
    /// <summary>The first of the caller's Accept-Language the portal speaks; Japanese when none.</summary>
    public static PortalLanguage Of(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v) && v != "*");
        foreach (var tag in accepted)
        {
            var language = PortalLanguage.FromCultureName(tag);
            if (language != PortalLanguage.Japanese || tag!.StartsWith("ja", StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        return PortalLanguage.Japanese;
    }
}
