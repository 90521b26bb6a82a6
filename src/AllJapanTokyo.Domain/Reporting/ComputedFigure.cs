using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Reporting;

public enum ComputedFigureState
{
    /// <summary>Awaits a Tokyo official's review.</summary>
    Proposed,

    /// <summary>An official accepted it: it became the figure's value.</summary>
    Accepted,

    /// <summary>An official rejected it, with a comment.</summary>
    Rejected,

    /// <summary>The same source proposed a newer value before anyone reviewed this one.</summary>
    Superseded,
}

/// <summary>
/// A measure's fiscal-year figure that the portal's own work produced (an event's exhibitors, the meetings held, a stamp
/// rally's stamps), proposed to the reporting workflow so that nobody retypes it. It is reviewed like any reported value:
/// an official accepts it (it becomes the approved value, marked as computed) or rejects it with a comment. The record
/// keeps who decided, when, and the value it replaced. A synthetic source's proposals are synthetic: reviewable, never
/// published.
/// </summary>
public class ComputedFigure
{
    public const int SourceKindMaxLength = 40;

    public const int SourceKeyMaxLength = 64;

    public const int DescriptionMaxLength = 400;

    public const int CommentMaxLength = 1000;

    public int Id { get; set; }

    public int FiscalYear { get; init; }

    public required string InitiativeCode { get; init; }

    public required string IndicatorCode { get; init; }

    /// <summary>Null for a programme-wide figure.</summary>
    public string? PrefectureCode { get; init; }

    public decimal Value { get; init; }

    public EventFormat? Format { get; init; }

    /// <summary>The online part of a figure (「うちオンライン」), as <see cref="Indicators.IndicatorValue.IsOnlinePart"/>.</summary>
    public bool IsOnlinePart { get; init; }

    /// <summary>What produced it: "fairs.event", "fairs.meetings", "tourism.stamp-rally"…</summary>
    public required string SourceKind { get; init; }

    /// <summary>Which one of its kind (an event's id…).</summary>
    public required string SourceKey { get; init; }

    /// <summary>How it was computed, in Japanese: 「全国ゾーン2026」の確定出展者から算出.</summary>
    public required string DescriptionJa { get; init; }

    public bool IsSynthetic { get; init; }

    public ComputedFigureState State { get; private set; } = ComputedFigureState.Proposed;

    public DateTime ProposedAtUtc { get; init; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The official's reason for a rejection.</summary>
    public string? CommentJa { get; private set; }

    /// <summary>The value the figure had before this one was accepted (null when it had none).</summary>
    public decimal? ReplacedValue { get; private set; }

    /// <summary>Optimistic concurrency token: two officials deciding at once cannot both win.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The same figure (year, measure, indicator, prefecture, online part) as <paramref name="other"/>.</summary>
    public bool IsSameFigureAs(ComputedFigure other) =>
        FiscalYear == other.FiscalYear && InitiativeCode == other.InitiativeCode && IndicatorCode == other.IndicatorCode
        && PrefectureCode == other.PrefectureCode && IsOnlinePart == other.IsOnlinePart;

    public void Accept(string by, decimal? replacedValue, DateTime nowUtc)
    {
        Decide(ComputedFigureState.Accepted, by, nowUtc);
        ReplacedValue = replacedValue;
    }

    public void Reject(string by, string comment, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new ArgumentException("A rejection needs a comment.", nameof(comment));
        }

        Decide(ComputedFigureState.Rejected, by, nowUtc);
        CommentJa = comment.Trim();
    }

    /// <summary>A newer proposal of the same source for the same figure replaces this one before review.</summary>
    public void Supersede(DateTime nowUtc)
    {
        if (State != ComputedFigureState.Proposed)
        {
            throw new InvalidOperationException($"A {State} figure cannot be superseded.");
        }

        State = ComputedFigureState.Superseded;
        DecidedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    private void Decide(ComputedFigureState state, string by, DateTime nowUtc)
    {
        if (State != ComputedFigureState.Proposed)
        {
            throw new InvalidOperationException($"A {State} figure cannot be decided again.");
        }

        State = state;
        DecidedBy = by;
        DecidedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
