using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Indicators;

/// <summary>What is counted (出展企業・団体数, 商談数 …) and in which unit.</summary>
public class IndicatorDefinition
{
    /// <summary>The longest label in any language.</summary>
    public const int LabelMaxLength = 100;

    /// <summary>The longest unit in any language.</summary>
    public const int UnitMaxLength = 40;

    public required string Code { get; init; }

    public required LocalizedText Label { get; set; }

    /// <summary>The counter the figure is read with: 「社」, "companies".</summary>
    public required LocalizedText Unit { get; set; }
}
