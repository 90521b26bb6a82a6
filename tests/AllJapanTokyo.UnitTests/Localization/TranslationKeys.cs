using System.Text.RegularExpressions;

namespace AllJapanTokyo.UnitTests.Localization;

/// <summary>
/// The translation keys the web project uses, read from its source as written: <c>L["…"]</c>, <c>L.GetString("…")</c>, <c>L.Count("…", n)</c>,
/// <c>L.In(language, "…")</c>, and the messages and names of data-annotation attributes.
/// </summary>
public static partial class TranslationKeys
{
    private const string Literal = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    [GeneratedRegex(@"\bL(?:\[|\.GetString\()\s*" + Literal)]
    private static partial Regex Indexer();

    [GeneratedRegex(@"\bL\.Count\(\s*" + Literal)]
    private static partial Regex Count();

    [GeneratedRegex(@"\bL\.In\([^,()]+,\s*" + Literal)]
    private static partial Regex In();

    [GeneratedRegex(@"\b(?:ErrorMessage|Name|Prompt|Description)\s*=\s*" + Literal)]
    private static partial Regex AnnotationText();

    [GeneratedRegex(@"^\s*\[(?:Display|Required|StringLength|Range|EmailAddress|Compare|RegularExpression|MaxLength|MinLength|Url|Phone)\b")]
    private static partial Regex AnnotationLine();

    [GeneratedRegex(@"\bL(?:\[|\.GetString\(|\.Count\(|\.In\([^,()]+,)\s*(?!""|\]|\))[^\s]")]
    private static partial Regex ComputedKey();

    [GeneratedRegex(@"((?:[ \t]*///[^\n]*\n)+)[ \t]*\[HttpGet\(")]
    private static partial Regex DocumentedAction();

    [GeneratedRegex("<summary>(.*?)</summary>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    /// <summary>
    /// The Japanese halves of the summaries of the open-data API's actions (ApiV1Controller*.cs), with their files: the
    /// /api page looks them up in zh-Hans.tsv and ko.tsv as keys (its English is the summary's own English half).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ApiSummaries(IEnumerable<string> files) =>
        files.Where(f => Path.GetFileName(f).StartsWith("ApiV1Controller", StringComparison.Ordinal) && f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(file => DocumentedAction().Matches(File.ReadAllText(file)).Select(m => (file, doc: string.Concat(m.Groups[1].Value.Split('\n').Select(l => l.Trim().TrimStart('/') + "\n")))))
            .Select(x => (x.file, summary: Summary().Match(x.doc).Groups[1].Value))
            .Select(x => (x.file, key: AllJapanTokyo.Web.Areas.OpenData.Controllers.ApiGuideList.Split(x.summary).Ja))
            .GroupBy(x => x.key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().file, StringComparer.Ordinal);

    /// <summary>Every key with the files that use it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Used(IEnumerable<string> files)
    {
        var used = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var keys = new List<string>();
            foreach (var regex in new[] { Indexer(), Count(), In() })
            {
                keys.AddRange(regex.Matches(text).Select(m => Unescape(m.Groups[1].Value)));
            }

            foreach (var line in text.Split('\n').Where(l => AnnotationLine().IsMatch(l)))
            {
                keys.AddRange(AnnotationText().Matches(line).Select(m => Unescape(m.Groups[1].Value)));
            }

            foreach (var key in keys)
            {
                if (!used.TryGetValue(key, out var where))
                {
                    used[key] = where = [];
                }

                if (!where.Contains(file))
                {
                    where.Add(file);
                }
            }
        }

        return used.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>Lines that hand the localiser something other than a literal: a key nobody can check or translate.</summary>
    public static IEnumerable<string> ComputedKeys(IEnumerable<string> files) =>
        files.SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, i)))
            .Where(x => ComputedKey().IsMatch(x.line))
            .Select(x => $"{SourceTree.Relative(x.file)}:{x.i + 1}: {x.line.Trim()}");

    private static string Unescape(string literal) => Regex.Unescape(literal);
}
