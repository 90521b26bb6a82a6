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

    /// <summary>Optimistic concurrency token, renewed on every edit, so that two administrators editing at once cannot both win.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>An administrator's edit of the label and unit.</summary>
    public void Rename(LocalizedText label, LocalizedText unit)
    {
        Label = label;
        Unit = unit;
        Version = Guid.NewGuid();
    }
}
