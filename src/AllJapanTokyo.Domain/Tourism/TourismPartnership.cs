namespace AllJapanTokyo.Domain.Tourism;

/// <summary>A partner region or city of a tourism initiative, with the fiscal years it ran.</summary>
public class TourismPartnership
{
    public int Id { get; set; }

    public required string InitiativeCode { get; set; }

    public required string PartnerJa { get; set; }

    public int SinceFiscalYear { get; set; }

    /// <summary>Null while still running.</summary>
    public int? UntilFiscalYear { get; set; }

    public string? NoteJa { get; set; }

    public List<TourismPartnershipPrefecture> Prefectures { get; set; } = [];

    public bool IsActiveIn(int fiscalYear) => fiscalYear >= SinceFiscalYear && (UntilFiscalYear is null || fiscalYear <= UntilFiscalYear);
}

public class TourismPartnershipPrefecture
{
    public int TourismPartnershipId { get; set; }

    public required string PrefectureCode { get; set; }
}
