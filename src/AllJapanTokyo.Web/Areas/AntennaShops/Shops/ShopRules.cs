using System.Globalization;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Shops;

/// <summary>Why a shop's field was refused; the web layer words it.</summary>
public enum ShopProblem
{
    Required,
    TooLong,
    UnknownPrefecture,
    NotYourPrefecture,
    NotATime,
    UnknownWeekday,
    NotYesOrNo,
    UnknownLanguage,
    NotAnHttpsAddress,
    NotACoordinate,
    CoordinatesInPairs,
    DuplicateName,
}

/// <summary>A refused field of a shop (the CSV column's name), with its problem.</summary>
public sealed record ShopFieldProblem(string Field, ShopProblem Problem);

/// <summary>
/// A shop as staff type it, in the form or as a CSV line: the same fields, with the CSV's column names, and one set
/// of rules for both.
/// </summary>
public sealed class ShopInput
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "prefecture_code", "other_prefecture_codes", "municipality", "name_ja", "name_en", "address_ja", "nearest_station",
        "opens", "closes", "closed_days", "closing_note", "has_restaurant", "languages", "photo_url", "latitude", "longitude",
    ];

    public string? PrefectureCode { get; set; }
    public string? OtherPrefectureCodes { get; set; }
    public string? Municipality { get; set; }
    public string? NameJa { get; set; }
    public string? NameEn { get; set; }
    public string? AddressJa { get; set; }
    public string? NearestStation { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }
    public string? ClosedDays { get; set; }
    public string? ClosingNote { get; set; }
    public string? HasRestaurant { get; set; }
    public string? Languages { get; set; }
    public string? PhotoUrl { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }

    public static ShopInput From(AntennaShop shop) => new()
    {
        PrefectureCode = shop.PrefectureCode,
        OtherPrefectureCodes = shop.OtherPrefectureCodes,
        Municipality = shop.MunicipalityJa,
        NameJa = shop.NameJa,
        NameEn = shop.NameEn,
        AddressJa = shop.AddressJa,
        NearestStation = shop.NearestStationJa,
        Opens = shop.Opens?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Closes = shop.Closes?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ClosedDays = ShopRules.WeekdaysText(shop.ClosedOn),
        ClosingNote = shop.ClosingNoteJa,
        HasRestaurant = shop.HasRestaurant ? "yes" : "no",
        Languages = shop.Languages,
        PhotoUrl = shop.PhotoUrl,
        Latitude = shop.Latitude?.ToString(CultureInfo.InvariantCulture),
        Longitude = shop.Longitude?.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>The rules of a shop's entry, shared by the form and the CSV import.</summary>
public static class ShopRules
{
    private static readonly (string[] Names, ClosingDays Day)[] Weekdays =
    [
        (["日", "sun", "sunday"], ClosingDays.Sunday),
        (["月", "mon", "monday"], ClosingDays.Monday),
        (["火", "tue", "tuesday"], ClosingDays.Tuesday),
        (["水", "wed", "wednesday"], ClosingDays.Wednesday),
        (["木", "thu", "thursday"], ClosingDays.Thursday),
        (["金", "fri", "friday"], ClosingDays.Friday),
        (["土", "sat", "saturday"], ClosingDays.Saturday),
        (["祝", "hol", "holiday", "祝日", "祝祭日"], ClosingDays.PublicHolidays),
    ];

    public static string WeekdaysText(ClosingDays days) =>
        string.Join(",", Weekdays.Where(w => w.Day != ClosingDays.None && days.HasFlag(w.Day)).Select(w => w.Names[1]));

    /// <summary>
    /// Checks the input and, when it passes, writes it into <paramref name="shop"/>. <paramref name="actorPrefecture"/>
    /// is the staff member's prefecture, or null for Tokyo staff, who may keep any shop.
    /// </summary>
    public static List<ShopFieldProblem> Apply(ShopInput input, AntennaShop shop, string? actorPrefecture, bool isTokyoStaff)
    {
        var problems = new List<ShopFieldProblem>();
        void Refuse(string field, ShopProblem problem) => problems.Add(new(field, problem));

        var prefecture = Trim(input.PrefectureCode);
        var others = (Trim(input.OtherPrefectureCodes) ?? "").Split([',', '、', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (prefecture is null)
        {
            Refuse("prefecture_code", ShopProblem.Required);
        }
        else if (!Prefecture.IsValidCode(prefecture))
        {
            Refuse("prefecture_code", ShopProblem.UnknownPrefecture);
        }
        else
        {
            prefecture = Prefecture.NormalizeCode(prefecture);
            // A shop run jointly is kept by the staff of each of its prefectures, who must stay among them.
            if (!isTokyoStaff && prefecture != actorPrefecture && !others.Where(Prefecture.IsValidCode).Select(Prefecture.NormalizeCode).Contains(actorPrefecture))
            {
                Refuse("prefecture_code", ShopProblem.NotYourPrefecture);
            }
        }

        if (others.Any(o => !Prefecture.IsValidCode(o)))
        {
            Refuse("other_prefecture_codes", ShopProblem.UnknownPrefecture);
        }

        var shopName = Text(input.NameJa, "name_ja", AntennaShop.NameMaxLength, required: true, problems);
        var nameEn = Text(input.NameEn, "name_en", AntennaShop.NameMaxLength, required: false, problems);
        var municipality = Text(input.Municipality, "municipality", AntennaShop.NameMaxLength, required: false, problems);
        var address = Text(input.AddressJa, "address_ja", AntennaShop.TextMaxLength, required: true, problems);
        var station = Text(input.NearestStation, "nearest_station", AntennaShop.NameMaxLength, required: false, problems);
        var note = Text(input.ClosingNote, "closing_note", AntennaShop.TextMaxLength, required: false, problems);
        var opens = Time(input.Opens, "opens", problems);
        var closes = Time(input.Closes, "closes", problems);

        var closed = ClosingDays.None;
        foreach (var day in (Trim(input.ClosedDays) ?? "").Split([',', '、', '・', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = day.Trim().Replace("曜日", "", StringComparison.Ordinal).Replace("曜", "", StringComparison.Ordinal);
            var found = Weekdays.FirstOrDefault(w => w.Names.Contains(name, StringComparer.OrdinalIgnoreCase));
            if (found.Names is null)
            {
                Refuse("closed_days", ShopProblem.UnknownWeekday);
                break;
            }

            closed |= found.Day;
        }

        bool? restaurant = (Trim(input.HasRestaurant) ?? "no").ToLowerInvariant() switch
        {
            "yes" or "true" or "1" or "あり" or "有" => true,
            "no" or "false" or "0" or "なし" or "無" => false,
            _ => null,
        };
        if (restaurant is null)
        {
            Refuse("has_restaurant", ShopProblem.NotYesOrNo);
        }

        var languages = (Trim(input.Languages) ?? "ja").Split([',', ' ', '、'], StringSplitOptions.RemoveEmptyEntries)
            .Select(code => PortalLanguage.All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))?.Code ?? "?")
            .Distinct()
            .ToList();
        if (languages.Contains("?"))
        {
            Refuse("languages", ShopProblem.UnknownLanguage);
        }

        var photo = Trim(input.PhotoUrl);
        if (photo is not null && (photo.Length > 500 || !Uri.TryCreate(photo, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            Refuse("photo_url", ShopProblem.NotAnHttpsAddress);
        }

        var latitude = Coordinate(input.Latitude, "latitude", 90, problems);
        var longitude = Coordinate(input.Longitude, "longitude", 180, problems);
        if ((latitude is null) != (longitude is null) && !problems.Any(p => p.Field is "latitude" or "longitude"))
        {
            Refuse("latitude", ShopProblem.CoordinatesInPairs);
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        shop.PrefectureCode = prefecture!;
        shop.OtherPrefectureCodes = string.Join(",", others.Select(Prefecture.NormalizeCode).Where(o => o != prefecture).Distinct());
        shop.MunicipalityJa = municipality;
        shop.NameJa = shopName!;
        shop.NameEn = nameEn;
        shop.AddressJa = address!;
        shop.NearestStationJa = station;
        shop.Opens = opens;
        shop.Closes = closes;
        shop.ClosedOn = closed;
        shop.ClosingNoteJa = note;
        shop.HasRestaurant = restaurant!.Value;
        shop.Languages = string.Join(",", languages);
        shop.PhotoUrl = photo;
        shop.Latitude = latitude;
        shop.Longitude = longitude;
        return problems;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Text(string? text, string field, int max, bool required, List<ShopFieldProblem> problems)
    {
        var value = Trim(text);
        if (value is null && required)
        {
            problems.Add(new(field, ShopProblem.Required));
        }
        else if (value is not null && value.Length > max)
        {
            problems.Add(new(field, ShopProblem.TooLong));
        }

        return value;
    }

    private static TimeOnly? Time(string? text, string field, List<ShopFieldProblem> problems)
    {
        var value = Trim(text)?.Replace('：', ':');
        if (value is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        problems.Add(new(field, ShopProblem.NotATime));
        return null;
    }

    private static decimal? Coordinate(string? text, string field, decimal limit, List<ShopFieldProblem> problems)
    {
        var value = Trim(text);
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && Math.Abs(number) <= limit && decimal.Round(number, 6) == number)
        {
            return number;
        }

        problems.Add(new(field, ShopProblem.NotACoordinate));
        return null;
    }
}
