namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>Why a corporate number is refused; the web layer words it.</summary>
public enum CorporateNumberProblem
{
    Missing,
    NotThirteenDigits,
    CheckDigitMismatch,
}

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
            throw new ArgumentException("The base number is 12 ASCII digits.", nameof(baseNumber));
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

    /// <summary>Why a number is refused, or null when it is valid.</summary>
    public static CorporateNumberProblem? Problem(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return CorporateNumberProblem.Missing;
        }

        if (number.Length != Length || !number.All(char.IsAsciiDigit))
        {
            return CorporateNumberProblem.NotThirteenDigits;
        }

        return IsValid(number) ? null : CorporateNumberProblem.CheckDigitMismatch;
    }
}
