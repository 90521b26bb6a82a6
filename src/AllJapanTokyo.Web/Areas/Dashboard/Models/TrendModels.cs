using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>Every (measure, indicator) with approved programme-wide values, by chapter.</summary>
public sealed record TrendIndexViewModel(IReadOnlyList<TrendChapter> Chapters);

public sealed record TrendChapter(int Number, LocalizedText Title, IReadOnlyList<TrendListItem> Items);

/// <summary>One row of the list: the latest reported value and its change from the previous reported year.</summary>
public sealed record TrendListItem(
    string InitiativeCode,
    LocalizedText InitiativeTitle,
    TrendIndicator Indicator,
    TrendPoint? Latest,
    TrendPoint? Previous,
    TrendYear? LastMissing)
{
    public decimal? Change => Latest is not null && Previous is not null ? Latest.Value - Previous.Value : null;
}

public sealed record TrendIndicator(string Code, LocalizedText Label, LocalizedText Unit);

public sealed record TrendPoint(int FiscalYear, decimal Value, ValueQualifier Qualifier);

public enum TrendYearKind
{
    /// <summary>A value was reported for the year.</summary>
    Reported,

    /// <summary>The activity was cancelled or not held that year: shown with its reason, never as a zero.</summary>
    Missing,

    /// <summary>Nothing was reported for the year (報告なし).</summary>
    NoReport,
}

public sealed record TrendYear(
    int FiscalYear,
    TrendYearKind Kind,
    decimal? Value,
    ValueQualifier Qualifier,
    ActivityStatus? Status,
    string? ReasonJa,
    string? NoteJa);

/// <summary>One indicator of one measure across the programme's fiscal years.</summary>
public sealed record TrendSeries(
    string InitiativeCode,
    LocalizedText InitiativeTitle,
    int ChapterNumber,
    TrendIndicator Indicator,
    IReadOnlyList<TrendYear> Years)
{
    public IEnumerable<TrendYear> Reported => Years.Where(y => y.Kind == TrendYearKind.Reported);
}
