namespace AllJapanTokyo.Domain.AntennaShops;

/// <summary>
/// An edition of the web stamp rally run on the portal: its dates (Japan days, both included), the shops taking part,
/// the prizes and rules, and how many shops complete a card. Completed cards enter the prize draw, which a Tokyo
/// official runs once with a recorded seed. The report's FY2016–FY2020 rallies stay <see cref="StampRally"/> records.
/// </summary>
public class RallyEdition
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 2000;

    public int Id { get; set; }

    public required string NameJa { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>How many different shops' stamps complete a card and enter it in the draw.</summary>
    public int StampsToComplete { get; set; }

    public int PrizeCount { get; set; }

    public string PrizesJa { get; set; } = "";

    public string RulesJa { get; set; } = "";

    public bool IsSynthetic { get; set; }

    /// <summary>The seed the draw was run with; null until it is run.</summary>
    public int? DrawSeed { get; set; }

    public DateTime? DrawnAtUtc { get; set; }

    /// <summary>When the edition's figures were proposed to the reporting workflow.</summary>
    public DateTime? FiguresProposedAtUtc { get; set; }

    public List<RallyShop> Shops { get; set; } = [];

    public int FiscalYear => Common.FiscalYear.Containing(StartsOn).StartYear;

    public bool IsOpenOn(DateOnly japanDay) => japanDay >= StartsOn && japanDay <= EndsOn;

    public bool HasEndedBy(DateOnly japanDay) => japanDay > EndsOn;
}

/// <summary>A shop taking part in an edition.</summary>
public class RallyShop
{
    public int EditionId { get; set; }

    public int ShopId { get; set; }

    public AntennaShop? Shop { get; set; }
}

/// <summary>A visitor's card for one edition; one per person and edition.</summary>
public class StampCard
{
    public int Id { get; set; }

    public int EditionId { get; set; }

    public required string UserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the card reached the edition's count: from then on it is entered in the draw.</summary>
    public DateTime? CompletedAtUtc { get; set; }

    /// <summary>1 for the first prize drawn, and so on; null for a card that did not win.</summary>
    public int? WinnerRank { get; set; }

    public List<Stamp> Stamps { get; set; } = [];

    public bool IsEntered => CompletedAtUtc is not null;
}

/// <summary>One shop's stamp on a card; a card holds a shop's stamp at most once (unique index).</summary>
public class Stamp
{
    public int Id { get; set; }

    public int CardId { get; set; }

    public int ShopId { get; set; }

    public DateTime StampedAtUtc { get; set; }

    /// <summary>The Japan day of the stamp, for the per-day figures.</summary>
    public DateOnly JapanDay { get; set; }
}

/// <summary>Why a stamp was refused; the web layer words it in the visitor's language. Nothing is stored.</summary>
public enum StampProblem
{
    /// <summary>The code is not one the portal signed (typed wrong or forged).</summary>
    Forged,

    /// <summary>The code was signed more than a minute before the previous one: it is old, perhaps a photo.</summary>
    Expired,

    /// <summary>The code belongs to another edition of the rally.</summary>
    OtherEdition,

    /// <summary>Today is not within the edition's dates.</summary>
    OutsideDates,

    /// <summary>The card already holds this shop's stamp.</summary>
    AlreadyStamped,

    /// <summary>The shop does not take part in the edition.</summary>
    ShopNotTakingPart,

    /// <summary>Too many attempts from this account in a minute.</summary>
    TooManyAttempts,
}

/// <summary>
/// The prize draw: the same entries and seed always give the same winners, whatever the runtime, so anyone holding
/// the recorded seed can check the result. Entries are ordered by card id, shuffled by a SHA-256 stream of the seed.
/// </summary>
public static class PrizeDraw
{
    public static IReadOnlyList<int> Winners(IEnumerable<int> enteredCardIds, int seed, int prizes)
    {
        var cards = enteredCardIds.Distinct().Order().ToArray();
        var count = Math.Min(Math.Max(prizes, 0), cards.Length);
        for (var i = 0; i < count; i++)
        {
            var j = i + (int)(Draw(seed, i) % (ulong)(cards.Length - i));
            (cards[i], cards[j]) = (cards[j], cards[i]);
        }

        return cards[..count];
    }

    private static ulong Draw(int seed, int step)
    {
        Span<byte> input = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(input, seed);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(input[4..], step);
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(input, hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
