namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>
/// 法人番号: 13 digits whose first digit is a check digit over the other twelve
/// (国税庁「法人番号の指定等に関する省令」: 9 − (Σ Pn × Qn mod 9), Qn = 1 for odd n and 2 for even n,
/// n counted from the last digit).
/// </summary>
public static class CorporateNumber
{
    public const int Length = 13;

    public static bool IsValid(string? number) =>
        number is { Length: Length } && number.All(char.IsAsciiDigit) && number[0] - '0' == CheckDigitFor(number[1..]);

    /// <summary>The check digit for a 12-digit base number.</summary>
    public static int CheckDigitFor(string baseNumber)
    {
        if (baseNumber.Length != Length - 1 || !baseNumber.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("基礎番号は12桁の数字です / The base number is 12 digits", nameof(baseNumber));
        }

        var sum = 0;
        for (var n = 1; n <= 12; n++)
        {
            var digit = baseNumber[12 - n] - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }

        return 9 - (sum % 9);
    }

    /// <summary>Builds a valid corporate number from a 12-digit base (used by the demo data generator).</summary>
    public static string FromBase(string baseNumber) => CheckDigitFor(baseNumber) + baseNumber;

    /// <summary>The reason a number is refused, in Japanese and English, or null when it is valid.</summary>
    public static string? Problem(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "法人番号を入力してください。 / Enter the corporate number.";
        }

        if (number.Length != Length || !number.All(char.IsAsciiDigit))
        {
            return "法人番号は13桁の半角数字で入力してください。 / The corporate number is 13 digits.";
        }

        return IsValid(number) ? null : "法人番号のチェックデジットが一致しません。番号をご確認ください。 / The check digit of the corporate number does not match.";
    }
}
