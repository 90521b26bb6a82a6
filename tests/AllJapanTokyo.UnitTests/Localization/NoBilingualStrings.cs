using System.Text.RegularExpressions;

namespace AllJapanTokyo.UnitTests.Localization;

/// <summary>Text reaches the reader through the translation files only: no C# string carries Japanese and English together.</summary>
public sealed partial class NoBilingualStrings
{
    [Fact]
    public void NoCSharpStringHoldsJapaneseAndEnglish()
    {
        var source = Path.Combine(SourceTree.Root, "src");
        var found = SourceTree.Files(source, ".cs")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .SelectMany(x => StringLiteral().Matches(x.line).Select(m => (x.f, x.i, Text: m.Groups[1].Value)))
            .Where(x => Japanese().IsMatch(x.Text) && EnglishProse().IsMatch(x.Text))
            .Select(x => $"{SourceTree.Relative(x.f)}:{x.i + 1}: \"{x.Text}\"").ToList();
        Assert.True(found.Count == 0, $"{found.Count} strings hold both languages:\n{string.Join('\n', found)}");
    }

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();

    /// <summary>Three Latin words in a row, two of them in lower case: a sentence, not a name such as "ALL JAPAN & TOKYO".</summary>
    [GeneratedRegex(@"\b[A-Za-z][a-z']+\s+[a-z][a-z']+\s+[a-z][a-z']*\b")]
    private static partial Regex EnglishProse();
}
