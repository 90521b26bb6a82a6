using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllJapanTokyo.UnitTests.Localization;

/// <summary>The portal's one localiser with its embedded translations, for tests that read words in a language.</summary>
internal static class TestText
{
    public static PortalText L { get; } = new(new Translations(), NullLogger<PortalText>.Instance);

    /// <summary>Runs <paramref name="read"/> as a page in <paramref name="language"/> would.</summary>
    public static T In<T>(PortalLanguage language, Func<IStringLocalizer, T> read) => L.Within(language, () => read(L));

    /// <summary>Runs the assertions of <paramref name="check"/> as a page in <paramref name="language"/> would.</summary>
    public static void In(PortalLanguage language, Action<IStringLocalizer> check) => L.Within(language, () =>
    {
        check(L);
        return true;
    });
}
