using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// The portal's translations: one file per language under Resources/Translations (<c>en.tsv</c>, <c>zh-Hans.tsv</c>,
/// <c>ko.tsv</c>), each line "Japanese text TAB translation", embedded in the assembly. The Japanese text is the key, so
/// Japanese needs no file. A key may have a singular form for counts of one, written as the key followed by
/// <see cref="SingularSuffix"/> ("{0}件|one	{0} item").
/// </summary>
public sealed class Translations
{
    public const string SingularSuffix = "|one";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    public Translations()
        : this(PortalLanguage.All.Where(l => l != PortalLanguage.Japanese).ToDictionary(l => l.Code, l => (IReadOnlyDictionary<string, string>)ReadEmbedded(l.Code)))
    {
    }

    public Translations(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage) =>
        _byLanguage = byLanguage.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, or null when it has none.</summary>
    public string? Find(PortalLanguage language, string key)
    {
        if (language == PortalLanguage.Japanese)
        {
            return key;
        }

        return _byLanguage.TryGetValue(language.Code, out var texts) && texts.TryGetValue(key, out var text) ? text : null;
    }

    public IReadOnlyDictionary<string, string> All(PortalLanguage language) =>
        _byLanguage.TryGetValue(language.Code, out var texts) ? texts : FrozenDictionary<string, string>.Empty;

    /// <summary>Parses one translation file; a line without a tab, or a key given twice, is an error in the file.</summary>
    public static Dictionary<string, string> Parse(TextReader reader, string fileName)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new FormatException($"{fileName}:{number}: expected 'Japanese<TAB>translation'");
            }

            if (!texts.TryAdd(line[..tab], line[(tab + 1)..]))
            {
                throw new FormatException($"{fileName}:{number}: the key '{line[..tab]}' is given twice");
            }
        }

        return texts;
    }

    private static Dictionary<string, string> ReadEmbedded(string languageCode)
    {
        var name = $"AllJapanTokyo.Web.Translations.{languageCode}.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The translation file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader, languageCode + ".tsv");
    }
}

/// <summary>
/// The one localiser of the portal: every view, model and message reaches the reader through it, in the language of
/// the request. A key the language lacks falls back to English, then to the Japanese key, and is logged once.
/// </summary>
public sealed class PortalText(Translations translations, ILogger<PortalText> logger) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Language, string Key), bool> _reportedMissing = new();

    public LocalizedString this[string name] => Localize(name, arguments: null);

    /// <summary>The keys asked for in a language that lacks them, since the start (for the tests and the operator's log).</summary>
    public IReadOnlyList<(string Language, string Key)> MissingKeys => _reportedMissing.Keys.Order().ToList();

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        translations.All(PortalLanguage.Current).Select(p => new LocalizedString(p.Key, p.Value));

    /// <summary>
    /// "{0}件" for a count, with the key's singular form where the language has one and the count is 1. Japanese has no
    /// singular form (and no file: every key is its own text there, the suffixed one too), so it is never looked up.
    /// </summary>
    public LocalizedString Count(string name, long count)
    {
        var number = count.ToString("#,0", CultureInfo.InvariantCulture);
        var language = PortalLanguage.Current;
        if (count == 1 && language != PortalLanguage.Japanese && translations.Find(language, name + Translations.SingularSuffix) is not null)
        {
            return Localize(name + Translations.SingularSuffix, [number]);
        }

        return Localize(name, [number]);
    }

    /// <summary>
    /// The text in a language other than the page's, its placeholders filled as that language writes them: the note that
    /// a page has no Chinese or Korean version, an API error, a line of a mail to someone who reads another language.
    /// </summary>
    public LocalizedString In(PortalLanguage language, string name, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Localize(name, arguments, language);
    }

    private LocalizedString Localize(string name, object[]? arguments, PortalLanguage? inLanguage = null)
    {
        var language = inLanguage ?? PortalLanguage.Current;
        var text = translations.Find(language, name);
        var notFound = text is null;
        if (notFound)
        {
            if (_reportedMissing.TryAdd((language.Code, name), true))
            {
                logger.LogWarning("Missing translation into {Language} of {Key}", language.Code, name);
            }

            text = translations.Find(PortalLanguage.English, name) ?? name;
        }

        var value = arguments is { Length: > 0 } ? string.Format(inLanguage?.Culture ?? CultureInfo.CurrentCulture, text!, arguments) : text!;
        return new LocalizedString(name, value, notFound);
    }
}

/// <summary>Every <c>IStringLocalizer&lt;T&gt;</c> (data annotations, Identity) is the one <see cref="PortalText"/>.</summary>
public sealed class PortalTextFactory(PortalText text) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => text;

    public IStringLocalizer Create(string baseName, string location) => text;
}

public static class PortalTextExtensions
{
    /// <summary>「3件」, "3 items", "1 item": the count formatted, with the singular form where there is one.</summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, long count) =>
        localizer is PortalText text ? text.Count(key, count) : localizer[key, count.ToString("#,0", CultureInfo.InvariantCulture)];

    /// <summary>
    /// The text in the given language rather than the page's, with its placeholders filled. The key stays a literal at
    /// each call, so the translation tests find it.
    /// </summary>
    public static LocalizedString In(this IStringLocalizer localizer, PortalLanguage language, string key, params object[] arguments) =>
        localizer is PortalText text ? text.In(language, key, arguments) : localizer.Within(language, () => localizer[key, arguments]);

    /// <summary>
    /// Runs <paramref name="words"/> with the localiser, <see cref="Display"/> and <c>LocalizedText.Local()</c> answering
    /// in <paramref name="language"/>, and restores the page's language after: how a mail to someone who reads another
    /// language than the page's gets its text (<c>L.Within(PortalLanguage.English, () => Letter(…))</c>).
    /// </summary>
    public static T Within<T>(this IStringLocalizer localizer, PortalLanguage language, Func<T> words)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(words);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = language.Culture;
        CultureInfo.CurrentUICulture = language.Culture;
        try
        {
            return words();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
