using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Reporting.Reports;

/// <summary>One input of the form: the total of an indicator, or its online part.</summary>
public sealed record FormField(
    string Key,
    string IndicatorCode,
    bool OnlinePart,
    string LabelJa,
    string LabelEn,
    string UnitJa,
    string UnitEn,
    string Text,
    ValueQualifier Qualifier,
    string? Comment,
    string? PreviousYear,
    decimal? HistoryMin,
    decimal? HistoryMax);
