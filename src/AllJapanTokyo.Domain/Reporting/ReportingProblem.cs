namespace AllJapanTokyo.Domain.Reporting;

/// <summary>
/// Why a figure or a report breaks a rule of fiscal-year reporting. A code, with the data its wording needs: the web
/// layer says it in the reader's language (Areas/Reporting/ReportingText.cs).
/// </summary>
public abstract record ReportingProblem
{
    private ReportingProblem()
    {
    }

    /// <summary>Not a number in half-width digits (「十二」, "abc").</summary>
    public sealed record NotANumber : ReportingProblem;

    public sealed record Negative : ReportingProblem;

    public sealed record NotWhole : ReportingProblem;

    public sealed record TooLarge(decimal Max) : ReportingProblem;

    /// <summary>The precision of a figure is not one of exact, at least, approx.</summary>
    public sealed record QualifierNotInList : ReportingProblem;

    public sealed record CommentTooLong(int MaxLength) : ReportingProblem;

    /// <summary>The activity status is not one a report may give (held, cancelled, not held).</summary>
    public sealed record StatusNotInList : ReportingProblem;

    /// <summary>Submission needs the activity status.</summary>
    public sealed record StatusRequired : ReportingProblem;

    /// <summary>A cancelled or not-held year needs its reason.</summary>
    public sealed record ReasonRequired : ReportingProblem;

    public sealed record ReasonTooLong(int MaxLength) : ReportingProblem;

    /// <summary>A cancelled or not-held year is reported without figures (never as 0).</summary>
    public sealed record FiguresForMissingActivity : ReportingProblem;

    /// <summary>A part of a figure (its online part) is given without the figure itself.</summary>
    public sealed record SubsetWithoutTotal : ReportingProblem;

    /// <summary>A part of a figure (its online part) is larger than the figure.</summary>
    public sealed record SubsetExceedsTotal : ReportingProblem;

    public sealed record CitiesWithoutPrefectures : ReportingProblem;

    /// <summary>A count of prefectures above the <paramref name="Max"/> there are.</summary>
    public sealed record TooManyPrefectures(int Max) : ReportingProblem;

    /// <summary>More than ten times the prefecture's approved value of the previous fiscal year: explain it in a comment.</summary>
    public sealed record AboveTenTimesPreviousYear(decimal Previous) : ReportingProblem;

    /// <summary>Under a tenth of the prefecture's approved value of the previous fiscal year: explain it in a comment.</summary>
    public sealed record BelowTenthOfPreviousYear(decimal Previous) : ReportingProblem;

    /// <summary>Business meetings are reported without exhibitors: possible, but worth a look.</summary>
    public sealed record MeetingsWithoutExhibitors : ReportingProblem;

    /// <summary>Outside the prefecture's own approved history.</summary>
    public sealed record OutsideHistory(decimal Min, decimal Max) : ReportingProblem;

    /// <summary>Submission needs every figure (the online parts may stay empty).</summary>
    public sealed record FiguresMissing : ReportingProblem;
}
