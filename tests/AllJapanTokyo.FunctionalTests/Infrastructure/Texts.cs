using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// The portal's own text of a key in a language, read from its translation files, so that tests assert what the reader
/// of that language is shown rather than a copy of a sentence.
/// </summary>
public static class Texts
{
    private static readonly Translations Files = new();

    private static readonly PortalText Portal = new(Files, NullLogger<PortalText>.Instance);

    /// <summary>The text of <paramref name="japaneseKey"/> in English; fails when the translation lacks it.</summary>
    public static string En(string japaneseKey, params object[] arguments) => In(PortalLanguage.English, japaneseKey, arguments);

    public static string ZhHans(string japaneseKey, params object[] arguments) => In(PortalLanguage.ChineseSimplified, japaneseKey, arguments);

    public static string Ko(string japaneseKey, params object[] arguments) => In(PortalLanguage.Korean, japaneseKey, arguments);

    /// <summary>The shared words for a refused typed number (CommonText), as a page in <paramref name="language"/> shows them.</summary>
    public static string Number(PortalLanguage language, NumberProblem problem, decimal max, bool money = false) =>
        Portal.Within(language, () => Portal.Of(problem, max, money).Value);

    public static string In(PortalLanguage language, string japaneseKey, params object[] arguments)
    {
        var text = Files.Find(language, japaneseKey) ?? throw new InvalidOperationException($"The {language.Code} translation lacks '{japaneseKey}'.");
        return arguments.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.InvariantCulture, text, arguments);
    }
}
