namespace AllJapanTokyo.Domain.Reporting;

/// <summary>
/// One line of an initiative's reporting form (DHIS2's data set element): which indicator a prefecture reports for the
/// initiative, in which order, and whether the part held online is asked for too (「うちオンライン」).
/// </summary>
public class FormIndicator
{
    public required string InitiativeCode { get; init; }

    public required string IndicatorCode { get; init; }

    public int SortOrder { get; set; }

    /// <summary>When set the form asks for the total and, beside it, the part of it that was online.</summary>
    public bool SplitByFormat { get; set; }
}
