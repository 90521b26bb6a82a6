using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.Web.Areas.Reporting.Reports;

/// <summary>A place for one figure on a report's form: the total of an indicator, or its online part.</summary>
public sealed record FieldSlot(string IndicatorCode, bool OnlinePart)
{
    /// <summary>"exhibitors" or "exhibitors:online", as the form and the rules name the field.</summary>
    public string Key => FieldKeys.Of(IndicatorCode, OnlinePart);
}

/// <summary>A figure as read from the form or a CSV line: empty (null) or a whole number, its precision, its comment.</summary>
public readonly record struct ParsedField(decimal? Value, ValueQualifier Qualifier, string? Comment);

/// <summary>The previous fiscal year's approved figure, shown beside a field: a value, or a year that did not take place.</summary>
public sealed record PreviousFigure(decimal Value, ValueQualifier Qualifier, ActivityStatus? Status);

/// <summary>One input of the form, with what is typed or stored and the prefecture's own approved history for it.</summary>
public sealed record FormField(
    FieldSlot Slot,
    LocalizedText Label,
    LocalizedText Unit,
    string Text,
    ValueQualifier Qualifier,
    string? Comment,
    PreviousFigure? Previous,
    decimal? HistoryMin,
    decimal? HistoryMax)
{
    public string Key => Slot.Key;

    public string IndicatorCode => Slot.IndicatorCode;

    public bool OnlinePart => Slot.OnlinePart;

    /// <summary>The previous fiscal year's approved number, for the plausibility rule; null where there is none or the year did not take place.</summary>
    public decimal? PreviousYearValue => Previous is { } previous && !previous.Status.DidNotTakePlace() ? previous.Value : null;

    /// <summary>The field as the rules read it: <paramref name="value"/> typed, explained by a comment or not.</summary>
    public FieldValue ToRuleValue(decimal? value, string? comment) =>
        new(IndicatorCode, OnlinePart, value, HistoryMin, HistoryMax, PreviousYearValue, !string.IsNullOrWhiteSpace(comment));
}
