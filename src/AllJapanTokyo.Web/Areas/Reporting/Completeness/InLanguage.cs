using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

/// <summary>
/// Text for someone other than the reader of the page (an e-mail): the localiser, <see cref="Display"/> and
/// <c>LocalizedText.Local()</c> follow the current culture, so this sets it for a synchronous block and restores it.
/// <c>using (new InLanguage(PortalLanguage.Japanese)) { … }</c>
/// </summary>
public readonly struct InLanguage : IDisposable
{
    private readonly CultureInfo _culture;

    private readonly CultureInfo _uiCulture;

    public InLanguage(PortalLanguage language)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = language.Culture;
        CultureInfo.CurrentUICulture = language.Culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
