using Microsoft.AspNetCore.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// The culture of the page: the URL's language on public pages (<see cref="AllLanguagesAttribute"/>); on signed-in work
/// Japanese or English, with Chinese and Korean served in English. Runs after routing, so it knows which page it is.
/// </summary>
public sealed class PageLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = RequestedLanguage.Of(httpContext);
        if (httpContext.Features.Get<RequestedLanguage>() is null)
        {
            httpContext.Features.Set(language);
        }

        language.PublicPage = httpContext.GetEndpoint()?.Metadata.GetMetadata<AllLanguagesAttribute>() is not null;
        language.Served = language.PublicPage || language.Requested.ForSignedInWork ? language.Requested : PortalLanguage.English;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language.Served.Culture.Name));
    }
}
