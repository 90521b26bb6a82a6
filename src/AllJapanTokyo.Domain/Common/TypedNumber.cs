using System.Globalization;
using System.Text;

namespace AllJapanTokyo.Domain.Common;

/// <summary>Why a typed number was refused; the web layer words it in the reader's language.</summary>
public enum NumberProblem
{
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
}

/// <summary>
/// A number as people type it, one rule for every numeric field (capital, budget, bid amount, reported figures):
/// full-width digits and signs, thousands separators (「,」「，」), spaces and the 円/¥ marks are accepted, and in money
/// fields the units 万 (10⁴) and 億 (10⁸) too: 「2億5,000万円」, 「250万」, 「１，２００」. Anything else is refused with a
/// <see cref="NumberProblem"/>, never guessed.
/// </summary>
public static class TypedNumber
{
    /// <summary>Whole, non-negative yen up to <paramref name="max"/>. Empty text is no amount (null, no problem).</summary>
    public static NumberProblem? TryParseYen(string? text, long max, out long? yen)
    {
        var problem = TryParseWhole(text, allowUnits: true, max, out var value);
        yen = (long?)value;
        return problem;
    }

    /// <summary>A whole count from 0 up to <paramref name="max"/> (people, companies, meetings). Empty text is null, no problem.</summary>
    public static NumberProblem? TryParseCount(string? text, decimal max, out decimal? count) =>
        TryParseWhole(text, allowUnits: false, max, out count);

    private static NumberProblem? TryParseWhole(string? text, bool allowUnits, decimal max, out decimal? whole)
    {
        whole = null;
        var problem = TryParse(text, allowUnits, out var value);
        if (problem is not null || value is null)
        {
            return problem;
        }

        if (value.Value != decimal.Truncate(value.Value))
        {
            return NumberProblem.NotWhole;
        }

        if (value.Value > max)
        {
            return NumberProblem.TooLarge;
        }

        whole = value;
        return null;
    }

    /// <summary>The number typed, non-negative; with <paramref name="allowUnits"/>, 万 and 億 multiply what stands before them.</summary>
    public static NumberProblem? TryParse(string? text, bool allowUnits, out decimal? value)
    {
        value = null;
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (normalized.StartsWith('-'))
        {
            return TryParse(normalized[1..], allowUnits, out var magnitude) is null && magnitude is not null ? NumberProblem.Negative : NumberProblem.NotANumber;
        }

        if (!allowUnits || (!normalized.Contains('万') && !normalized.Contains('億')))
        {
            if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
            {
                return NumberProblem.NotANumber;
            }

            value = plain;
            return null;
        }

        // 「2億5000万」: each unit multiplies the digits before it; what is left after the last unit is added as it is.
        decimal total = 0;
        var digits = new StringBuilder();
        decimal? lastUnit = null;
        foreach (var c in normalized)
        {
            if (c is '億' or '万')
            {
                var unit = c == '億' ? 100_000_000m : 10_000m;
                if (digits.Length == 0 || (lastUnit is not null && unit >= lastUnit)
                    || !decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var part))
                {
                    return NumberProblem.NotANumber;
                }

                total += part * unit;
                lastUnit = unit;
                digits.Clear();
            }
            else
            {
                digits.Append(c);
            }
        }

        if (digits.Length > 0)
        {
            if (!decimal.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var rest) || rest >= (lastUnit ?? decimal.MaxValue))
            {
                return NumberProblem.NotANumber;
            }

            total += rest;
        }

        value = total;
        return null;
    }

    /// <summary>Full-width to half-width (NFKC), without separators, spaces and the yen marks; 「－」「−」 read as minus.</summary>
    private static string Normalize(string? text) =>
        new string((text ?? "").Normalize(NormalizationForm.FormKC)
            .Replace('−', '-')
            .Where(c => c is not (',' or ' ' or '\u3000' or '円' or '¥' or '￥' or '\\'))
            .ToArray())
            .Replace("，", "", StringComparison.Ordinal);
}
