namespace AllJapanTokyo.Domain.Indicators;

/// <summary>What is counted (出展企業・団体数, 商談数 …) and in which unit.</summary>
public class IndicatorDefinition
{
    public required string Code { get; init; }

    public required string LabelJa { get; set; }

    public required string LabelEn { get; set; }

    public required string UnitJa { get; set; }

    public required string UnitEn { get; set; }
}
