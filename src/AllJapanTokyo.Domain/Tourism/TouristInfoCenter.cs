namespace AllJapanTokyo.Domain.Tourism;

/// <summary>One of Tokyo's tourist information centres that also inform about all of Japan.</summary>
public class TouristInfoCenter
{
    public int Id { get; set; }

    public required string NameJa { get; set; }

    public required string NameEn { get; set; }
}
