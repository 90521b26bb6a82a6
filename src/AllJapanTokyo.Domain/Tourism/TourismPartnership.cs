using System.Linq.Expressions;

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

    /// <summary>Active in <paramref name="fiscalYear"/>, for queries: from its first fiscal year, and up to its last once it ended.</summary>
    public static Expression<Func<TourismPartnership, bool>> ActiveIn(int fiscalYear) =>
        p => p.SinceFiscalYear <= fiscalYear && (p.UntilFiscalYear == null || p.UntilFiscalYear >= fiscalYear);

    /// <summary><see cref="ActiveIn"/> for a partnership read as its years: from <paramref name="since"/> to <paramref name="until"/> (open while running).</summary>
    public static bool Covers(int since, int? until, int fiscalYear) => fiscalYear >= since && (until is null || fiscalYear <= until);
}

public class TourismPartnershipPrefecture
{
    public int TourismPartnershipId { get; set; }

    public required string PrefectureCode { get; set; }
}
