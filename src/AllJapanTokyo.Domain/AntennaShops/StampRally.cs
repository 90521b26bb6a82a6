using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.AntennaShops;

/// <summary>A stamp rally through the prefectures' antenna shops in Tokyo.</summary>
public class StampRally
{
    public int Id { get; set; }

    public int FiscalYear { get; set; }

    public required PartialDate Start { get; set; }

    public required PartialDate End { get; set; }

    public int ParticipatingShops { get; set; }

    public EventFormat Format { get; set; }
}
