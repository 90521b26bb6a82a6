using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>
/// A company's capital and number of regular employees as people type them, on registration and on the company
/// profile: read by the one rule for numbers (<see cref="TypedNumber"/>) within the company's limits, so that
/// 「２，５００万」 is 25,000,000 yen and 「12.5」 employees is refused the same way on both forms.
/// </summary>
public static class CompanyFigures
{
    /// <summary>Why the typed capital cannot be read (null when it can, or when nothing was typed).</summary>
    public static NumberProblem? CapitalProblem(string? typed) => TypedNumber.TryParseYen(typed, Enterprise.MaxCapitalYen, out _);

    /// <summary>Why the typed number of employees cannot be read (null when it can, or when nothing was typed).</summary>
    public static NumberProblem? EmployeesProblem(string? typed) => TypedNumber.TryParseCount(typed, Enterprise.MaxEmployees, out _);

    /// <summary>The capital of a form whose <see cref="CapitalProblem"/> was checked.</summary>
    public static long Capital(string? typed) =>
        TypedNumber.TryParseYen(typed, Enterprise.MaxCapitalYen, out var yen) is null && yen is { } capital
            ? capital
            : throw new InvalidOperationException("The capital was not checked before it was read.");

    /// <summary>The number of employees of a form whose <see cref="EmployeesProblem"/> was checked.</summary>
    public static int Employees(string? typed) =>
        TypedNumber.TryParseCount(typed, Enterprise.MaxEmployees, out var count) is null && count is { } employees
            ? (int)employees
            : throw new InvalidOperationException("The number of employees was not checked before it was read.");
}
