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
