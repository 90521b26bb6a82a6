using System.Reflection;
using System.Text.RegularExpressions;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.UnitTests.Localization;

/// <summary>
/// The translation files against the code: every key the code uses has its English, every key of a public page its
/// Chinese and Korean, no file keeps a key nobody uses, and every key is a literal a translator can find.
/// </summary>
public sealed partial class TranslationsAreComplete
{
    private static readonly string TranslationFolder = Path.Combine(SourceTree.Web, "Resources", "Translations");

    private static readonly IReadOnlyList<string> WebSources = SourceTree.Files(SourceTree.Web, ".cs", ".cshtml").ToList();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Used = TranslationKeys.Used(WebSources);

    private static readonly IReadOnlyDictionary<string, string> ApiSummaries = TranslationKeys.ApiSummaries(WebSources);

    public static TheoryData<string> TranslatedLanguages() => ["en", "zh-Hans", "ko"];

    [Fact]
    public void EveryKeyIsALiteral()
    {
        var computed = TranslationKeys.ComputedKeys(WebSources).ToList();
        Assert.True(computed.Count == 0, $"Keys must be literals (map a code to its text with a switch):\n{string.Join('\n', computed)}");
    }

    [Fact]
    public void EveryKeyTheCodeUsesHasItsEnglish()
    {
        var english = Read("en");
        var missing = Used.Keys.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal)
            .Select(k => $"{k}\t(used in {SourceTree.Relative(Used[k][0])})").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} keys lack their English in en.tsv:\n{string.Join('\n', missing)}");
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void NoFileKeepsAKeyNobodyUses(string language)
    {
        var unused = Read(language).Keys
            .Where(k => !Used.ContainsKey(k) && !(k.EndsWith(Translations.SingularSuffix, StringComparison.Ordinal) && Used.ContainsKey(k[..^Translations.SingularSuffix.Length])))
            .Where(k => language == "en" || !ApiSummaries.ContainsKey(k))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, $"{unused.Count} keys of {language}.tsv are used nowhere:\n{string.Join('\n', unused)}");
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void TranslationsKeepTheKeysPlaceholders(string language)
    {
        var wrong = Read(language)
            .Where(p => Placeholders(p.Key.Split('|')[0]) != Placeholders(p.Value))
            .Select(p => $"{p.Key}\t{p.Value}").ToList();
        Assert.True(wrong.Count == 0, $"{language}.tsv changes the placeholders of:\n{string.Join('\n', wrong)}");
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("ko")]
    public void EveryKeyOfAPublicPageHasItsTranslation(string language)
    {
        var texts = Read(language);
        var publicFiles = PublicViewFiles().ToHashSet(StringComparer.Ordinal);
        var missing = Used.Where(p => p.Value.Any(publicFiles.Contains) && !texts.ContainsKey(p.Key))
            .Select(p => $"{p.Key}\t(used in {SourceTree.Relative(p.Value.First(publicFiles.Contains))})")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} keys of public pages lack their {language} text:\n{string.Join('\n', missing)}");
    }

    /// <summary>
    /// The /api page lists every documented path with its description: in Chinese and Korean the translation of the
    /// Japanese half of the action's summary. A list added without them fails here.
    /// </summary>
    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("ko")]
    public void ApiListsAreDescribedInEveryLanguage(string language)
    {
        Assert.True(ApiSummaries.Count >= 10, $"only {ApiSummaries.Count} documented API actions found");
        var texts = Read(language);
        var missing = ApiSummaries.Where(p => !texts.ContainsKey(p.Key))
            .Select(p => $"{p.Key}\t(the summary of an action in {SourceTree.Relative(p.Value)})")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} API lists lack their {language} description:\n{string.Join('\n', missing)}");
    }

    [Theory]
    [InlineData("prefectures.csv", "name")]
    [InlineData("prefectures.csv", "region")]
    [InlineData("chapters.csv", "title")]
    [InlineData("initiatives.csv", "title")]
    [InlineData("indicators.csv", "label")]
    [InlineData("indicators.csv", "unit")]
    public void ReferenceDataIsNamedInFourLanguages(string file, string column)
    {
        var incomplete = SeedFiles.Table(file).Rows.Select(r => r.Text(column)).Where(t => !t.IsComplete).Select(t => t.Ja).ToList();
        Assert.True(incomplete.Count == 0, $"{file}: {column} lacks a language for {string.Join(", ", incomplete)}");
    }

    [Fact]
    public void ValidationAttributesCarryAMessageTheReaderCanRead()
    {
        // Without ErrorMessage, data annotations answer with their built-in English sentence on every page.
        var bare = WebSources.Where(f => f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .Where(x => ValidationAttribute().IsMatch(x.line) && !x.line.Contains("ErrorMessage", StringComparison.Ordinal))
            .Select(x => $"{SourceTree.Relative(x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(bare.Count == 0, $"Validation attributes without ErrorMessage:\n{string.Join('\n', bare)}");
    }

    /// <summary>
    /// The views of the public pages: the folders of controllers (or single actions) marked
    /// <see cref="AllLanguagesAttribute"/>, the shared views of their areas and the portal's shared layout.
    /// </summary>
    private static IEnumerable<string> PublicViewFiles()
    {
        var controllers = typeof(AllLanguagesAttribute).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract);
        var folders = new HashSet<string>(StringComparer.Ordinal) { Path.Combine(SourceTree.Web, "Views", "Shared") };
        var views = new HashSet<string>(StringComparer.Ordinal);
        foreach (var controller in controllers)
        {
            var area = controller.GetCustomAttribute<AreaAttribute>()?.RouteValue;
            var name = controller.Name[..^"Controller".Length];
            var viewFolder = area is null ? Path.Combine(SourceTree.Web, "Views", name) : Path.Combine(SourceTree.Web, "Areas", area, "Views", name);
            var actions = controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttribute<AllLanguagesAttribute>() is not null).ToList();
            if (controller.GetCustomAttribute<AllLanguagesAttribute>() is not null)
            {
                folders.Add(viewFolder);
            }
            else
            {
                views.UnionWith(actions.Select(a => Path.Combine(viewFolder, a.Name + ".cshtml")));
            }

            if (area is not null && (controller.GetCustomAttribute<AllLanguagesAttribute>() is not null || actions.Count > 0))
            {
                folders.Add(Path.Combine(SourceTree.Web, "Areas", area, "Views", "Shared"));
            }
        }

        return WebSources.Where(f => views.Contains(f) || folders.Contains(Path.GetDirectoryName(f)!));
    }

    private static Dictionary<string, string> Read(string language)
    {
        using var reader = new StreamReader(Path.Combine(TranslationFolder, language + ".tsv"));
        return Translations.Parse(reader, language + ".tsv");
    }

    private static string Placeholders(string text) =>
        string.Join(',', PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^\s*\[(?:Required|StringLength|Range|EmailAddress|Compare|RegularExpression|MaxLength|MinLength|Url|Phone)\b")]
    private static partial Regex ValidationAttribute();
}
