namespace AllJapanTokyo.Domain.Tourism;

/// <summary>Why a stop typed by staff was refused; the web layer words it.</summary>
public enum RouteStopProblem
{
    NameRequired,
    TooLong,
    EnglishNameNotLatin,
    CoordinatesRequired,
    CoordinatesNotNumbers,
    CoordinatesOutsideJapan,
}

/// <summary>The rules every stop entered or changed on the portal obeys: a name, and a place on the map in Japan.</summary>
public static class RouteStopRules
{
    public const int NameMaxLength = 200;

    public const int TextMaxLength = 1000;

    public const int TimeMaxLength = 50;

    /// <summary>Japan's extent with a margin (Okinotorishima to Etorofu, Yonaguni to Minamitorishima), in degrees.</summary>
    public const double SouthMost = 20, NorthMost = 46, WestMost = 122, EastMost = 154;

    /// <summary>
    /// An English name is optional; given, it is romanised (Latin letters, with the macrons of Hepburn such as "ō",
    /// digits, spaces and ordinary punctuation) and no longer than a Japanese name may be.
    /// </summary>
    public static RouteStopProblem? CheckEnglishName(string? nameEn)
    {
        if (string.IsNullOrWhiteSpace(nameEn))
        {
            return null;
        }

        var name = nameEn.Trim();
        if (name.Length > NameMaxLength)
        {
            return RouteStopProblem.TooLong;
        }

        return name.All(c => c < '\u0250' && !char.IsControl(c)) ? null : RouteStopProblem.EnglishNameNotLatin;
    }

    /// <summary>The coordinates a person typed (full-width digits and spaces accepted, by the portal's one rule for numbers).</summary>
    public static RouteStopProblem? Check(string? name, string? whatToSee, string? access, string? time, string? latitude, string? longitude, out (double Latitude, double Longitude) place)
    {
        place = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return RouteStopProblem.NameRequired;
        }

        if (name.Trim().Length > NameMaxLength || (whatToSee?.Length ?? 0) > TextMaxLength || (access?.Length ?? 0) > TextMaxLength || (time?.Length ?? 0) > TimeMaxLength)
        {
            return RouteStopProblem.TooLong;
        }

        if (string.IsNullOrWhiteSpace(latitude) || string.IsNullOrWhiteSpace(longitude))
        {
            return RouteStopProblem.CoordinatesRequired;
        }

        if (Common.TypedNumber.TryParse(latitude, false, out var lat) is not null || Common.TypedNumber.TryParse(longitude, false, out var lon) is not null || lat is null || lon is null)
        {
            return RouteStopProblem.CoordinatesNotNumbers;
        }

        if ((double)lat < SouthMost || (double)lat > NorthMost || (double)lon < WestMost || (double)lon > EastMost)
        {
            return RouteStopProblem.CoordinatesOutsideJapan;
        }

        place = ((double)lat, (double)lon);
        return null;
    }
}
