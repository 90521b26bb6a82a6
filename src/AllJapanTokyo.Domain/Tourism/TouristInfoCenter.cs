namespace AllJapanTokyo.Domain.Tourism;

/// <summary>
/// One of the tourist information centres that inform about all of Japan, kept by the staff of the prefecture it stands
/// in (Tokyo's five, in the report) and by Tokyo's staff. The report gives only their names: address, hours, languages
/// and JNTO category are what staff enter, and a centre nobody has given hours for says so instead of guessing.
/// </summary>
public class TouristInfoCenter
{
    public const int AddressMaxLength = 200, ReasonMaxLength = 500;

    public int Id { get; set; }

    public required string NameJa { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The prefecture whose staff keep the entry.</summary>
    public string PrefectureCode { get; set; } = "13";

    public string? AddressJa { get; set; }

    public JntoCategory? JntoCategory { get; set; }

    /// <summary>The languages served, as codes of <see cref="InfoCenterLanguages.All"/> separated by commas ("en,zh,ko"), or empty.</summary>
    public string Languages { get; set; } = "";

    /// <summary>The weekly hours, one row per weekday open; none at all means nobody has given the hours.</summary>
    public List<InfoCenterHours> Hours { get; set; } = [];

    public List<InfoCenterClosure> Closures { get; set; } = [];

    public DateTime? UpdatedAtUtc { get; set; }
}

/// <summary>
/// The categories of JNTO's certification of foreign-visitor information centres (外国人観光案内所認定制度): 3 serves in
/// English and two more languages at all times with nationwide information, 2 has English-speaking staff and regional
/// information, 1 can answer in English by some means with local information; a partner facility (パートナー施設) is
/// not a dedicated information centre but informs visitors fairly.
/// </summary>
public enum JntoCategory
{
    Category1 = 1,
    Category2 = 2,
    Category3 = 3,
    PartnerFacility = 4,
}

/// <summary>The languages a centre may serve in, by code; the web layer words them.</summary>
public static class InfoCenterLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "zh", "ko", "th", "vi", "id", "fr", "es", "de", "it", "pt", "ru"];
}

/// <summary>A weekday's opening hours, in minutes after midnight (1440 is 24:00, the end of the day).</summary>
public class InfoCenterHours
{
    public int Id { get; set; }

    public int TouristInfoCenterId { get; set; }

    public DayOfWeek Day { get; set; }

    public int OpensMinute { get; set; }

    public int ClosesMinute { get; set; }
}

/// <summary>
/// A temporary closure, or shortened hours when it gives hours, over a period of days (FY2020's COVID closures), with its
/// reason; it overrides the weekly hours on the days it covers.
/// </summary>
public class InfoCenterClosure
{
    public int Id { get; set; }

    public int TouristInfoCenterId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly Until { get; set; }

    /// <summary>The shortened hours; both null when closed.</summary>
    public int? OpensMinute { get; set; }

    public int? ClosesMinute { get; set; }

    public required string ReasonJa { get; set; }

    public bool Covers(DateOnly day) => From <= day && day <= Until;
}
