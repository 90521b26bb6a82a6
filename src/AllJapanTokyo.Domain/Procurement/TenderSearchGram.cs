namespace AllJapanTokyo.Domain.Procurement;

/// <summary>
/// One entry of the keyword index: <see cref="TenderId"/> holds <see cref="Gram"/> (a unigram or bigram of its
/// normalised title and description, <see cref="Common.SearchText"/>). Kept in step with the tender in the same
/// SaveChanges (Infrastructure's TenderSearchIndex); keyed (Gram, TenderId), so a gram's tenders are one index range.
/// </summary>
public sealed class TenderSearchGram
{
    public int Gram { get; set; }

    public int TenderId { get; set; }
}
