namespace AllJapanTokyo.Domain.Events;

/// <summary>
/// A kind of booth of an event (小間 A, 角小間, オンライン展示 …) with how many there are and the fee, if any. Its booths
/// are numbered 1 to <see cref="Count"/> and labelled with the code: 「A-3」.
/// </summary>
public class BoothCategory
{
    public const int MaxCodeLength = 8;

    public const int MaxNameLength = 100;

    public const int MaxCount = 1000;

    public const long MaxFeeYen = 100_000_000;

    public int Id { get; set; }

    public int EventId { get; set; }

    /// <summary>Short code printed on the booth list (「A」).</summary>
    public required string Code { get; set; }

    public required string NameJa { get; set; }

    /// <summary>How many booths of this kind the event has (1 to <see cref="MaxCount"/>).</summary>
    public int Count { get; set; }

    /// <summary>The exhibitor's fee in yen; null where the booth is free.</summary>
    public long? FeeYen { get; set; }

    public int SortOrder { get; set; }

    /// <summary>「A-3」.</summary>
    public string BoothLabel(int number) => $"{Code}-{number}";
}

/// <summary>A prefecture invited to an event: its companies may apply.</summary>
public class EventInvitedPrefecture
{
    public int EventId { get; set; }

    public required string PrefectureCode { get; set; }
}
