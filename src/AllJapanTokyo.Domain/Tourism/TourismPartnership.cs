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

    public bool IsActiveIn(int fiscalYear) => Covers(SinceFiscalYear, UntilFiscalYear, fiscalYear);

    /// <summary>A partnership from <paramref name="since"/> to <paramref name="until"/> (open while running) is active in <paramref name="fiscalYear"/>.</summary>
    public static bool Covers(int since, int? until, int fiscalYear) => fiscalYear >= since && (until is null || fiscalYear <= until);
}

public class TourismPartnershipPrefecture
{
    public int TourismPartnershipId { get; set; }

    public required string PrefectureCode { get; set; }
}
