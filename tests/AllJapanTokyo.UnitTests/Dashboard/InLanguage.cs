using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllJapanTokyo.UnitTests.Dashboard;

/// <summary>Runs a test's code in one of the portal's languages, with the portal's own translations.</summary>
internal sealed class InLanguage : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public InLanguage(PortalLanguage language)
    {
        CultureInfo.CurrentCulture = language.Culture;
        CultureInfo.CurrentUICulture = language.Culture;
    }

    /// <summary>The one localiser, reading the embedded translation files.</summary>
    public static PortalText Text { get; } = new(new Translations(), NullLogger<PortalText>.Instance);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
