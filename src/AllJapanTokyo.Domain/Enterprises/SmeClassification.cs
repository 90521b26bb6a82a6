namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>The industry groups 中小企業基本法 (Article 2) sets separate SME thresholds for.</summary>
public enum SmeIndustryGroup
{
    /// <summary>製造業・建設業・運輸業その他: 資本金3億円以下 or 従業員300人以下.</summary>
    ManufacturingAndOthers,

    /// <summary>卸売業: 1億円以下 or 100人以下.</summary>
    Wholesale,

    /// <summary>サービス業: 5,000万円以下 or 100人以下.</summary>
    Services,

    /// <summary>小売業: 5,000万円以下 or 50人以下.</summary>
    Retail,
}

/// <summary>Whether a company is a 中小企業 under 中小企業基本法: capital OR regular employees at or under its group's threshold.</summary>
public static class SmeClassification
{
    public static (long CapitalYen, int Employees) ThresholdsFor(SmeIndustryGroup group) => group switch
    {
        SmeIndustryGroup.ManufacturingAndOthers => (300_000_000, 300),
        SmeIndustryGroup.Wholesale => (100_000_000, 100),
        SmeIndustryGroup.Services => (50_000_000, 100),
        SmeIndustryGroup.Retail => (50_000_000, 50),
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static bool IsSme(SmeIndustryGroup group, long capitalYen, int employees)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capitalYen);
        ArgumentOutOfRangeException.ThrowIfNegative(employees);
        var (capitalLimit, employeeLimit) = ThresholdsFor(group);
        return capitalYen <= capitalLimit || employees <= employeeLimit;
    }

    /// <summary>
    /// The SME group for a JSIC major group letter. Major group I (卸売業，小売業) holds both wholesale and retail,
    /// so the company says which; every other letter maps to one group.
    /// </summary>
    public static SmeIndustryGroup GroupForJsic(string jsicMajorGroup, bool isRetail = false) => jsicMajorGroup.ToUpperInvariant() switch
    {
        "I" => isRetail ? SmeIndustryGroup.Retail : SmeIndustryGroup.Wholesale,
        "G" or "K" or "L" or "M" or "N" or "O" or "P" or "Q" or "R" => SmeIndustryGroup.Services,
        _ => SmeIndustryGroup.ManufacturingAndOthers,
    };
}
