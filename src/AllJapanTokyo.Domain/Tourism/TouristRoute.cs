namespace AllJapanTokyo.Domain.Tourism;

/// <summary>A model route that takes foreign visitors from Tokyo to a partner region, day by day.</summary>
public class TouristRoute
{
    public int Id { get; set; }

    public required string InitiativeCode { get; set; }

    public required string RegionJa { get; set; }

    public required string Theme { get; set; }

    public required string SummaryJa { get; set; }

    /// <summary>
    /// The route's name in English by the Japan Tourism Agency's guideline for multilingual signs (romanised proper
    /// noun + English common noun), shown on the en, zh-Hans and ko pages when given; null until staff give it.
    /// </summary>
    public string? NameEn { get; set; }

    public string? NoteJa { get; set; }

    public List<TouristRouteDay> Days { get; set; } = [];

    public List<TouristRouteSpot> OtherSpots { get; set; } = [];
}

public class TouristRouteDay
{
    public int Id { get; set; }

    public int TouristRouteId { get; set; }

    public int DayNumber { get; set; }

    public required string PrefectureCode { get; set; }

    public List<TouristRouteStop> Stops { get; set; } = [];
}

public class TouristRouteStop
{
    public int Id { get; set; }

    public int TouristRouteDayId { get; set; }

    public int Order { get; set; }

    public required string NameJa { get; set; }

    /// <summary>The stop's name romanised by the Japan Tourism Agency's guideline ("Eiheiji Temple"); null until staff give it.</summary>
    public string? NameEn { get; set; }

    /// <summary>What to see there, in Japanese; null where the source says nothing.</summary>
    public string? WhatToSeeJa { get; set; }

    /// <summary>How to get there from the previous stop.</summary>
    public string? AccessJa { get; set; }

    /// <summary>When, as the plan words it (「10:00」「午前」).</summary>
    public string? TimeJa { get; set; }

    /// <summary>WGS 84 degrees; null for a stop of the report whose place nobody has entered yet (the report gives none).</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>A recommended spot along the route's region, outside the day plan.</summary>
public class TouristRouteSpot
{
    public int Id { get; set; }

    public int TouristRouteId { get; set; }

    public required string PrefectureCode { get; set; }

    public required string NameJa { get; set; }
}
