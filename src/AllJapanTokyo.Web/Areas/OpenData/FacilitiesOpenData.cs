using System.Globalization;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A page of a facilities list as JSON: its items and the address of the next page (null on the last).</summary>
public sealed record ApiFacilitiesPage<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>A weekday's hours: day "mon" … "sun", opening and closing time "09:00", "18:00" (24:00 is the end of the day).</summary>
public sealed record ApiWeekdayHours(string Day, string Opens, string Closes);

/// <summary>
/// A tourist information centre: its id, names, the JIS code of the prefecture whose staff keep it, its address, JNTO
/// category ("1", "2", "3", "partner" or null), the languages served (en, zh, ko …) and its weekly hours (none given:
/// an empty list).
/// </summary>
public sealed record ApiInformationCentre(int Id, string NameJa, string NameEn, string PrefectureCode, string? AddressJa, string? JntoCategory,
    IReadOnlyList<string> Languages, IReadOnlyList<ApiWeekdayHours> Hours);

/// <summary>
/// An antenna shop in Tokyo: its id, names, the JIS codes of the prefecture keeping it and of the further prefectures of
/// a joint shop, the municipality running it, address, nearest station, hours ("10:00"), closing days ("mon" … "sun",
/// "holidays"), restaurant, languages (portal codes), coordinates, and whether it is synthetic (架空, listed only when
/// asked for).
/// </summary>
public sealed record ApiAntennaShop(int Id, string NameJa, string? NameEn, string PrefectureCode, IReadOnlyList<string> OtherPrefectureCodes,
    string? MunicipalityJa, string AddressJa, string? NearestStationJa, string? Opens, string? Closes, IReadOnlyList<string> ClosedOn,
    string? ClosingNoteJa, bool HasRestaurant, IReadOnlyList<string> Languages, decimal? Latitude, decimal? Longitude, bool IsSynthetic)
{
    /// <summary>「架空」 on a synthetic shop, so that no copy of it passes for a fact; null on a real one.</summary>
    public string? SyntheticLabel => IsSynthetic ? "架空" : null;
}

/// <summary>A stop of a model route: its day, its place in the day, the day's prefecture (JIS code), and what the route page says of it.</summary>
public sealed record ApiRouteStop(int Id, int Day, int Order, string PrefectureCode, string NameJa, string? NameEn, string? WhatToSeeJa,
    string? AccessJa, string? TimeJa, double? Latitude, double? Longitude);

/// <summary>A model route of a measure (initiative code) with its partner region and its stops in order, day by day.</summary>
public sealed record ApiTouristRoute(int Id, string MeasureCode, string RegionJa, string? NameEn, IReadOnlyList<ApiRouteStop> Stops);

/// <summary>
/// The open-data reads of the tourism facilities: the information centres, the antenna shops and the model routes as
/// lists paged by id, and all centres and shops together in the Digital Agency's recommended layout for a list of
/// tourist facilities (観光施設一覧, <see cref="FacilityColumns"/>).
/// </summary>
public sealed partial class FacilitiesOpenData(AppDbContext db)
{
    /// <summary>
    /// The columns of 観光施設一覧 as the Digital Agency's template xxxxxx_tourism.csv names them, in its order
    /// (推奨データセット / 自治体標準オープンデータセット, 「5 観光施設一覧」; full-width brackets in 料金（基本）（詳細）).
    /// </summary>
    public static readonly IReadOnlyList<string> FacilityColumns =
    [
        "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "名称_カナ", "名称_英語", "POIコード", "住所", "方書",
        "緯度", "経度", "利用可能曜日", "開始時間", "終了時間", "利用可能日時特記事項", "料金（基本）", "料金（詳細）", "説明", "説明_英語",
        "アクセス方法", "駐車場情報", "バリアフリー情報", "連絡先名称", "連絡先電話番号", "連絡先内線番号", "画像", "画像_ライセンス", "URL", "備考",
    ];

    /// <summary>The publisher's local government code: 東京都 (130001, with its check digit).</summary>
    public const string TokyoLocalGovernmentCode = "130001";

    private static readonly string[] DayCodes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    private static readonly string[] DayJa = ["日", "月", "火", "水", "木", "金", "土"];

    public async Task<ApiPage<ApiInformationCentre>> InformationCentresAsync(int? afterId, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.TouristInfoCenters.AsNoTracking().Include(c => c.Hours)
            .Where(c => afterId == null || c.Id > afterId)
            .OrderBy(c => c.Id).Take(limit + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(Centre).ToList();
        return new(items, rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    public async Task<ApiPage<ApiAntennaShop>> AntennaShopsAsync(bool includeSynthetic, int? afterId, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.AntennaShops.AsNoTracking()
            .Where(s => includeSynthetic || !s.IsSynthetic)
            .Where(s => afterId == null || s.Id > afterId)
            .OrderBy(s => s.Id).Take(limit + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(Shop).ToList();
        return new(items, rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    public async Task<ApiPage<ApiTouristRoute>> TouristRoutesAsync(int? afterId, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.TouristRoutes.AsNoTracking()
            .Where(r => afterId == null || r.Id > afterId)
            .OrderBy(r => r.Id).Take(limit + 1)
            .Select(r => new { r.Id, r.InitiativeCode, r.RegionJa, r.NameEn })
            .ToListAsync(cancellationToken);
        var ids = rows.Take(limit).Select(r => r.Id).ToList();
        var stops = await (from d in db.Set<TouristRouteDay>().AsNoTracking()
                           join s in db.TouristRouteStops.AsNoTracking() on d.Id equals s.TouristRouteDayId
                           where ids.Contains(d.TouristRouteId)
                           select new { d.TouristRouteId, Stop = new ApiRouteStop(s.Id, d.DayNumber, s.Order, d.PrefectureCode, s.NameJa, s.NameEn, s.WhatToSeeJa, s.AccessJa, s.TimeJa, s.Latitude, s.Longitude) })
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(r => new ApiTouristRoute(r.Id, r.InitiativeCode, r.RegionJa, r.NameEn,
                stops.Where(s => s.TouristRouteId == r.Id).Select(s => s.Stop).OrderBy(s => s.Day).ThenBy(s => s.Order).ToList()))
            .ToList();
        return new(items, rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>
    /// Every information centre and then every antenna shop (synthetic ones only when asked for, marked 架空 in 備考) as
    /// the rows of 観光施設一覧, numbered from 1; <paramref name="pageUrl"/> gives each facility's public page.
    /// </summary>
    public async Task<List<string?[]>> FacilityRowsAsync(bool includeSynthetic, Func<string, int, string> pageUrl, CancellationToken cancellationToken)
    {
        var centres = (await InformationCentresAsync(null, int.MaxValue - 1, cancellationToken)).Items;
        var shops = (await AntennaShopsAsync(includeSynthetic, null, int.MaxValue - 1, cancellationToken)).Items;
        var rows = new List<string?[]>();
        foreach (var c in centres)
        {
            var (days, opens, closes, note) = Schedule(c.Hours);
            rows.Add(Row(rows.Count + 1, c.NameJa, c.NameEn, c.AddressJa, null, null, days, opens, closes, note,
                c.JntoCategory is { } category ? $"観光案内所（JNTO認定 {CategoryJa(category)}）" : "観光案内所",
                c.JntoCategory is { } categoryEn ? $"Tourist information centre (JNTO {CategoryEn(categoryEn)})" : "Tourist information centre",
                null, null, pageUrl("centre", c.Id), null));
        }

        foreach (var s in shops)
        {
            var days = string.Concat(Enumerable.Range(1, 7).Select(i => i % 7).Where(d => !s.ClosedOn.Contains(DayCodes[d])).Select(d => DayJa[d]));
            var note = string.Join("。", new[] { s.ClosedOn.Contains("holidays") ? "祝日休業" : null, s.ClosingNoteJa }.Where(t => !string.IsNullOrEmpty(t)));
            rows.Add(Row(rows.Count + 1, s.NameJa, s.NameEn, s.AddressJa, s.Latitude?.ToString(CultureInfo.InvariantCulture), s.Longitude?.ToString(CultureInfo.InvariantCulture),
                s.Opens is null ? null : days, s.Opens, s.Closes, note.Length == 0 ? null : note,
                s.HasRestaurant ? "アンテナショップ（飲食スペースあり）" : "アンテナショップ",
                s.HasRestaurant ? "Antenna shop (with a restaurant)" : "Antenna shop",
                s.NearestStationJa is { } station ? $"最寄り駅：{station}" : null, null, pageUrl("shop", s.Id), s.SyntheticLabel));
        }

        return rows;
    }

    private static string?[] Row(int number, string name, string? nameEn, string? address, string? latitude, string? longitude, string? days, string? opens,
        string? closes, string? note, string description, string descriptionEn, string? access, string? image, string url, string? remark)
    {
        var (prefecture, municipality) = Place(address);
        return
        [
            TokyoLocalGovernmentCode, number.ToString(CultureInfo.InvariantCulture), prefecture, municipality, name, null, nameEn, null, address, null,
            latitude, longitude, days, opens, closes, note, null, null, description, descriptionEn,
            access, null, null, null, null, null, image, null, url, remark,
        ];
    }

    /// <summary>The prefecture and municipality an address starts with (「東京都」「千代田区」); null where it names none.</summary>
    private static (string? Prefecture, string? Municipality) Place(string? address)
    {
        if (address is null || AddressPlace().Match(address) is not { Success: true } match)
        {
            return (null, null);
        }

        return (match.Groups["prefecture"].Value, match.Groups["municipality"].Success ? match.Groups["municipality"].Value : null);
    }

    [GeneratedRegex("^(?<prefecture>東京都|北海道|京都府|大阪府|[^都道府県\\s]{2,3}県)(?<municipality>[^\\s\\d（(]{1,6}?[市区町村](?![町村]))?", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPlace();

    /// <summary>The days open (「月火水木金土日」) and, where every open day keeps the same hours, those hours; otherwise each day's in the note.</summary>
    private static (string? Days, string? Opens, string? Closes, string? Note) Schedule(IReadOnlyList<ApiWeekdayHours> hours)
    {
        if (hours.Count == 0)
        {
            return (null, null, null, null);
        }

        var days = string.Concat(hours.Select(h => DayJa[Array.IndexOf(DayCodes, h.Day)]));
        if (hours.Select(h => (h.Opens, h.Closes)).Distinct().Count() == 1)
        {
            return (days, hours[0].Opens, hours[0].Closes, null);
        }

        return (days, null, null, string.Join("、", hours.Select(h => $"{DayJa[Array.IndexOf(DayCodes, h.Day)]} {h.Opens}-{h.Closes}")));
    }

    private static string CategoryJa(string category) => category == "partner" ? "パートナー施設" : "カテゴリー" + new string('I', int.Parse(category, CultureInfo.InvariantCulture));

    private static string CategoryEn(string category) => category == "partner" ? "partner facility" : "category " + new string('I', int.Parse(category, CultureInfo.InvariantCulture));

    private static ApiInformationCentre Centre(TouristInfoCenter c) => new(
        c.Id, c.NameJa, c.NameEn, c.PrefectureCode, c.AddressJa,
        Tourism.InfoCenters.InfoCenterInput.CategoryText(c.JntoCategory),
        c.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries),
        c.Hours.OrderBy(h => ((int)h.Day + 6) % 7)
            .Select(h => new ApiWeekdayHours(DayCodes[(int)h.Day], Time(h.OpensMinute), Time(h.ClosesMinute)))
            .ToList());

    private static ApiAntennaShop Shop(AntennaShop s) => new(
        s.Id, s.NameJa, s.NameEn, s.PrefectureCode, s.OtherPrefectureCodes.Split(',', StringSplitOptions.RemoveEmptyEntries), s.MunicipalityJa, s.AddressJa,
        s.NearestStationJa, s.Opens?.ToString("HH:mm", CultureInfo.InvariantCulture), s.Closes?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Enumerable.Range(0, 7).Where(d => s.ClosedOn.HasFlag(AntennaShop.ClosingDaysOf((DayOfWeek)d))).OrderBy(d => (d + 6) % 7).Select(d => DayCodes[d])
            .Concat(s.ClosedOn.HasFlag(ClosingDays.PublicHolidays) ? ["holidays"] : [])
            .ToList(),
        s.ClosingNoteJa, s.HasRestaurant, s.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries), s.Latitude, s.Longitude, s.IsSynthetic);

    private static string Time(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
