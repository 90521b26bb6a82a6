using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Indicators;

/// <summary>What is counted (出展企業・団体数, 商談数 …) and in which unit.</summary>
public class IndicatorDefinition
{
    public required string Code { get; init; }

    public required LocalizedText Label { get; set; }

    /// <summary>The counter the figure is read with: 「社」, "companies".</summary>
    public required LocalizedText Unit { get; set; }
}
