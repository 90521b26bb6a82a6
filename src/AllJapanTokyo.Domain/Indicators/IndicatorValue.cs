using System.Linq.Expressions;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Indicators;

/// <summary>Where a reported value stands between the prefecture that enters it and Tokyo that approves it.</summary>
public enum ReviewState
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>
/// One figure of an initiative for one fiscal year, programme-wide (no prefecture) or for one prefecture,
/// with the precision the source gives it (exact, 以上, 約).
/// </summary>
public class IndicatorValue
{
    /// <summary>The longest note (the reporting prefecture's comment on a figure).</summary>
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }

    public required string InitiativeCode { get; set; }

    public int FiscalYear { get; set; }

    public required string IndicatorCode { get; set; }

    /// <summary>Null for a programme-wide figure.</summary>
    public string? PrefectureCode { get; set; }

    public decimal Value { get; set; }

    public ValueQualifier Qualifier { get; set; }

    public ActivityStatus? ActivityStatus { get; set; }

    /// <summary>
    /// How the activity was held. A programme-wide figure may be wholly online (FY2020's fair: 39 exhibitors, online);
    /// the online part of a split figure (<see cref="IsOnlinePart"/>) is Online too.
    /// </summary>
    public EventFormat? Format { get; set; }

    /// <summary>
    /// The part of a figure that was online (「うちオンライン」), stored beside its total for the same initiative, year,
    /// indicator and prefecture. Its total already counts it: it is shown under its own label and added to nothing.
    /// </summary>
    public bool IsOnlinePart { get; set; }

    public string? NoteJa { get; set; }

    public ReviewState ReviewState { get; set; } = ReviewState.Draft;

    public bool IsSynthetic { get; set; }

    /// <summary>
    /// The computed figure (an event's exhibitors, meetings held…) an official accepted as this value; null for a value
    /// people entered or the report states.
    /// </summary>
    public int? ComputedFigureId { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every save (works alike on SQLite, PostgreSQL and SQL Server).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The prefectures the figure names (e.g. the three hosts of FY2020's business meetings).</summary>
    public List<IndicatorValuePrefecture> Prefectures { get; set; } = [];

    /// <summary>A not-held or cancelled year is reported as such, never as a zero.</summary>
    public bool IsActivityMissing => ActivityStatus.DidNotTakePlace();

    /// <summary>A published fact: a real (not synthetic) value that Tokyo approved. Every public page and download reads only these.</summary>
    public static Expression<Func<IndicatorValue, bool>> IsPublished { get; } =
        v => !v.IsSynthetic && v.ReviewState == ReviewState.Approved;

    /// <summary>A total, not the online part of one: the only figures any sum, ranking or series may read.</summary>
    public static Expression<Func<IndicatorValue, bool>> IsTotal { get; } = v => !v.IsOnlinePart;

    /// <summary>A published total (<see cref="IsPublished"/> and <see cref="IsTotal"/>): what dashboards add up and chart.</summary>
    public static Expression<Func<IndicatorValue, bool>> IsPublishedTotal { get; } =
        v => !v.IsSynthetic && v.ReviewState == ReviewState.Approved && !v.IsOnlinePart;

    /// <summary>A published fact of an activity that took place: what counts as a prefecture's participation in a year.</summary>
    public static Expression<Func<IndicatorValue, bool>> IsPublishedActivity { get; } =
        v => !v.IsSynthetic && v.ReviewState == ReviewState.Approved
            && (v.ActivityStatus == null || (v.ActivityStatus != Common.ActivityStatus.Cancelled && v.ActivityStatus != Common.ActivityStatus.NotHeld));
}

public class IndicatorValuePrefecture
{
    public int IndicatorValueId { get; set; }

    public required string PrefectureCode { get; set; }
}
