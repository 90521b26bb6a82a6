namespace AllJapanTokyo.Domain.Enterprises;

public enum ScreeningStatus
{
    Pending,
    Approved,
    Rejected,
    Suspended,
}

/// <summary>A company registered on the portal, usually an SME, from any of the 47 prefectures.</summary>
public class Enterprise
{
    public int Id { get; set; }

    /// <summary>法人番号, 13 digits with check digit.</summary>
    public required string CorporateNumber { get; set; }

    public required string NameJa { get; set; }

    public string? NameKana { get; set; }

    public required string PrefectureCode { get; set; }

    public string? Address { get; set; }

    /// <summary>JSIC major group letter (A–T).</summary>
    public required string JsicMajorGroup { get; set; }

    public SmeIndustryGroup SmeIndustryGroup { get; set; }

    public long CapitalYen { get; set; }

    public int Employees { get; set; }

    public string? Capabilities { get; set; }

    public string? PrText { get; set; }

    public ScreeningStatus ScreeningStatus { get; set; } = ScreeningStatus.Pending;

    public string? ScreeningNote { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>Generated for load tests or demonstration; never counted as a programme fact.</summary>
    public bool IsSynthetic { get; set; }

    public bool IsSme => SmeClassification.IsSme(SmeIndustryGroup, CapitalYen, Employees);
}
