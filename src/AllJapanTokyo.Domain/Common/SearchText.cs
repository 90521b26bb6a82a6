using System.Text;

namespace AllJapanTokyo.Domain.Common;

/// <summary>
/// The one reading of text for keyword search, used both to index (<see cref="IndexGrams"/>) and to query
/// (<see cref="Words"/>, <see cref="QueryGrams"/>): NFKC (full-width Latin and digits become half-width, half-width
/// katakana full-width), then lower case. A keyword word matches a text when the normalised word is a substring of
/// the normalised text; the grams only narrow the candidates, the substring test decides.
/// Grams are UTF-16 code units packed into an int: a unigram is the unit itself, a bigram the two units
/// (<c>first &lt;&lt; 16 | second</c>). Nothing with whitespace is a gram, since no query word holds whitespace.
/// </summary>
public static class SearchText
{
    /// <summary>Separates the fields of a stored search text; whitespace, so no gram or word spans two fields.</summary>
    public const char FieldSeparator = '\n';

    public static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>The stored search text of several fields (a tender's title and description).</summary>
    public static string Of(params string?[] fields) => string.Join(FieldSeparator, fields.Select(Normalize));

    /// <summary>The normalised words of a keyword, split at any whitespace (full-width spaces too) before and after normalising.</summary>
    public static IReadOnlyList<string> Words(string? keyword) =>
        Normalize(keyword).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every unigram and bigram of a normalised text, each once.</summary>
    public static IReadOnlySet<int> IndexGrams(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var grams = new HashSet<int>();
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (!Indexable(c))
            {
                continue;
            }

            grams.Add(Unigram(c));
            if (i + 1 < normalized.Length && Indexable(normalized[i + 1]))
            {
                grams.Add(Bigram(c, normalized[i + 1]));
            }
        }

        return grams;
    }

    /// <summary>
    /// The grams a text must hold to contain the normalised <paramref name="word"/>: its unigram when it is one unit
    /// long, otherwise its bigrams.
    /// </summary>
    public static IReadOnlySet<int> QueryGrams(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var grams = new HashSet<int>();
        if (word.Length == 1)
        {
            grams.Add(Unigram(word[0]));
            return grams;
        }

        for (var i = 0; i + 1 < word.Length; i++)
        {
            grams.Add(Bigram(word[i], word[i + 1]));
        }

        return grams;
    }

    private static bool Indexable(char c) => c != '\0' && !char.IsWhiteSpace(c);

    private static int Unigram(char c) => c;

    private static int Bigram(char first, char second) => unchecked((first << 16) | second);
}
