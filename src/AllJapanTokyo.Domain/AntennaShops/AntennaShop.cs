namespace AllJapanTokyo.Domain.AntennaShops;

/// <summary>
/// A prefecture's (or municipality's) antenna shop in Tokyo, kept by the staff of its prefecture. The progress report
/// names none, so the portal ships no shop: prefectures enter theirs or import the real list from CSV.
/// </summary>
public class AntennaShop
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 200;

    public int Id { get; set; }

    /// <summary>The prefecture whose staff keep the entry (the shop's own, or the first of a joint shop).</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>Further prefectures of a joint shop, codes separated by commas ("15,17"), or empty.</summary>
    public string OtherPrefectureCodes { get; set; } = "";

    /// <summary>The municipality when a city or town runs the shop, in Japanese.</summary>
    public string? MunicipalityJa { get; set; }

    public required string NameJa { get; set; }

    public string? NameEn { get; set; }

    public required string AddressJa { get; set; }

    public string? NearestStationJa { get; set; }

    public TimeOnly? Opens { get; set; }

    public TimeOnly? Closes { get; set; }

    /// <summary>The weekdays the shop is closed.</summary>
    public ClosingDays ClosedOn { get; set; }

    /// <summary>Other closing days in words (year-end holidays), in Japanese.</summary>
    public string? ClosingNoteJa { get; set; }

    public bool HasRestaurant { get; set; }

    /// <summary>The languages the staff serve in, as portal language codes separated by commas ("ja,en,zh-Hans").</summary>
    public string Languages { get; set; } = "ja";

    /// <summary>An https address of the shop's photo, or none.</summary>
    public string? PhotoUrl { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    /// <summary>A demonstration shop (架空), never a programme fact.</summary>
    public bool IsSynthetic { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>
    /// Whether the shop is open at a moment of Japan time: its hours, minus the weekdays it is closed and, for a shop
    /// closed on public holidays, Japan's holidays (<see cref="Common.JapaneseHolidays"/>).
    /// </summary>
    public bool IsOpenAt(DateTime japanTime)
    {
        if (Opens is not { } opens || Closes is not { } closes || ClosedOn.HasFlag(ClosingDaysOf(japanTime.DayOfWeek))
            || (ClosedOn.HasFlag(ClosingDays.PublicHolidays) && Common.JapaneseHolidays.IsHoliday(DateOnly.FromDateTime(japanTime))))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(japanTime);
        return opens <= closes ? time >= opens && time < closes : time >= opens || time < closes;
    }

    /// <summary>Kept by the staff of its prefecture and, for a shop run jointly, of each further prefecture.</summary>
    public bool IsKeptBy(string? prefectureCode) =>
        prefectureCode is not null && (prefectureCode == PrefectureCode || OtherPrefectureCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(prefectureCode));

    public static ClosingDays ClosingDaysOf(DayOfWeek day) => (ClosingDays)(1 << (int)day);
}

/// <summary>Weekdays a shop is closed on.</summary>
[Flags]
public enum ClosingDays
{
    None = 0,
    Sunday = 1,
    Monday = 2,
    Tuesday = 4,
    Wednesday = 8,
    Thursday = 16,
    Friday = 32,
    Saturday = 64,

    /// <summary>Japan's public holidays, whatever weekday they fall on.</summary>
    PublicHolidays = 128,
}
