using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Shops;

/// <summary>The filters of the directory: area (region), prefecture, open now (Japan time), has a restaurant.</summary>
public sealed record ShopFilter(string? Region = null, string? Prefecture = null, bool OpenNow = false, bool Restaurant = false);

/// <summary>A shop in the directory with its prefectures' names and whether it is open now.</summary>
public sealed record ShopListItem(AntennaShop Shop, LocalizedText Prefecture, LocalizedText Region, IReadOnlyList<LocalizedText> OtherPrefectures, bool OpenNow);

/// <summary>Who is keeping shops: a prefecture's staff member (their prefecture), or Tokyo staff (any shop).</summary>
public sealed record ShopKeeper(string? PrefectureCode, bool IsTokyoStaff)
{
    public bool MayKeep(AntennaShop shop) => IsTokyoStaff || shop.IsKeptBy(PrefectureCode);
}

/// <summary>What an import did or would do: the problems of each refused line, or how many shops it adds and updates.</summary>
public sealed record ShopImportResult(bool WrongHeader, IReadOnlyList<CsvImportLine<ShopFieldProblem>> Refused, int Added, int Updated, bool Committed)
{
    public bool Accepted => !WrongHeader && Refused.Count == 0;
}

/// <summary>What a photo upload came to: refused for what the file is (<paramref name="Problem"/>), refused as another prefecture's shop, or done.</summary>
public sealed record ShopPhotoOutcome(EnterpriseImageProblem? Problem, bool NotYourShop)
{
    public bool Done => Problem is null && !NotYourShop;
}

/// <summary>The directory of antenna shops, and the staff's keeping of it (the form and the CSV import).</summary>
public sealed class ShopDirectory(AppDbContext db, TimeProvider clock)
{
    public const int MaxImportLines = 500;

    public DateTime JapanNow => clock.GetUtcNow().UtcDateTime + Rally.RallyService.JapanOffset;

    public async Task<IReadOnlyList<ShopListItem>> ListAsync(ShopFilter filter, CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        var query = db.AntennaShops.AsNoTracking();
        if (filter.Prefecture is { Length: > 0 } prefecture)
        {
            query = query.Where(s => s.PrefectureCode == prefecture || s.OtherPrefectureCodes.Contains(prefecture));
        }

        if (filter.Restaurant)
        {
            query = query.Where(s => s.HasRestaurant);
        }

        var now = JapanNow;
        return (await query.OrderBy(s => s.PrefectureCode).ThenBy(s => s.NameJa).ToListAsync(cancellationToken))
            .Select(s => new ShopListItem(
                s,
                prefectures[s.PrefectureCode].Name,
                prefectures[s.PrefectureCode].Region,
                OtherCodes(s).Where(prefectures.ContainsKey).Select(c => prefectures[c].Name).ToList(),
                s.IsOpenAt(now)))
            // A joint shop belongs to each of its prefectures' areas; the code list is short, so this filter runs here.
            .Where(i => filter.Prefecture is not { Length: > 0 } || i.Shop.PrefectureCode == filter.Prefecture || OtherCodes(i.Shop).Contains(filter.Prefecture))
            .Where(i => filter.Region is not { Length: > 0 } || i.Region.Ja == filter.Region
                || OtherCodes(i.Shop).Any(c => prefectures.TryGetValue(c, out var p) && p.Region.Ja == filter.Region))
            .Where(i => !filter.OpenNow || i.OpenNow)
            .ToList();
    }

    public async Task<ShopListItem?> ShopAsync(int id, CancellationToken cancellationToken)
    {
        var shop = await db.AntennaShops.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (shop is null)
        {
            return null;
        }

        var codes = OtherCodes(shop).Append(shop.PrefectureCode).ToList();
        var prefectures = await db.Prefectures.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, cancellationToken);
        return new(shop, prefectures[shop.PrefectureCode].Name, prefectures[shop.PrefectureCode].Region,
            OtherCodes(shop).Where(prefectures.ContainsKey).Select(c => prefectures[c].Name).ToList(), shop.IsOpenAt(JapanNow));
    }

    /// <summary>The areas (regions) in the prefectures' order, for the filter.</summary>
    public async Task<IReadOnlyList<LocalizedText>> RegionsAsync(CancellationToken cancellationToken) =>
        (await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Region).ToListAsync(cancellationToken))
            .DistinctBy(r => r.Ja).ToList();

    /// <summary>
    /// Saves a new shop (<paramref name="id"/> null) or a shop's entry. Another prefecture's staff are refused
    /// (<see cref="ShopProblem.NotYourPrefecture"/>); nothing is stored on any problem. Null when no such shop.
    /// </summary>
    public async Task<(IReadOnlyList<ShopFieldProblem> Problems, int? Id)?> SaveAsync(int? id, ShopInput input, ShopKeeper keeper, CancellationToken cancellationToken)
    {
        AntennaShop shop;
        if (id is { } existing)
        {
            if (await db.AntennaShops.SingleOrDefaultAsync(s => s.Id == existing, cancellationToken) is not { } found)
            {
                return null;
            }

            if (!keeper.MayKeep(found))
            {
                return ([new("prefecture_code", ShopProblem.NotYourPrefecture)], null);
            }

            shop = found;
        }
        else
        {
            shop = new AntennaShop { PrefectureCode = "", NameJa = "", AddressJa = "" };
        }

        var problems = ShopRules.Apply(input, shop, keeper.PrefectureCode, keeper.IsTokyoStaff);
        if (problems.Count == 0 && await db.AntennaShops.AnyAsync(s => s.Id != shop.Id && s.PrefectureCode == shop.PrefectureCode && s.NameJa == shop.NameJa, cancellationToken))
        {
            problems.Add(new("name_ja", ShopProblem.DuplicateName));
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return (problems, null);
        }

        shop.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (id is null)
        {
            db.AntennaShops.Add(shop);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ([], shop.Id);
    }

    /// <summary>Whether the shop has an uploaded photo (served by <see cref="PhotoAsync"/>).</summary>
    public Task<bool> HasPhotoAsync(int id, CancellationToken cancellationToken) =>
        db.AntennaShopPhotos.AnyAsync(p => p.AntennaShopId == id, cancellationToken);

    public async Task<(byte[] Content, string ContentType)?> PhotoAsync(int id, CancellationToken cancellationToken) =>
        await db.AntennaShopPhotos.AsNoTracking().Where(p => p.AntennaShopId == id)
            .Select(p => new { p.Content, p.ContentType }).SingleOrDefaultAsync(cancellationToken) is { } found
            ? (found.Content, found.ContentType)
            : null;

    /// <summary>
    /// Stores <paramref name="content"/> as the shop's photo, replacing the one before; <paramref name="content"/> null
    /// removes it. Null when no such shop; <see cref="ShopPhotoOutcome.NotYourShop"/> for another prefecture's staff,
    /// and then, as on any problem, nothing is stored.
    /// </summary>
    public async Task<ShopPhotoOutcome?> SetPhotoAsync(int id, byte[]? content, ShopKeeper keeper, CancellationToken cancellationToken)
    {
        if (await db.AntennaShops.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } shop)
        {
            return null;
        }

        if (!keeper.MayKeep(shop))
        {
            return new(null, NotYourShop: true);
        }

        if (content is null)
        {
            await db.AntennaShopPhotos.Where(p => p.AntennaShopId == id).ExecuteDeleteAsync(cancellationToken);
            return new(null, NotYourShop: false);
        }

        if (AntennaShopPhoto.Problem(content) is { } problem)
        {
            return new(problem, NotYourShop: false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var photo = await db.AntennaShopPhotos.SingleOrDefaultAsync(p => p.AntennaShopId == id, cancellationToken);
        if (photo is null)
        {
            db.AntennaShopPhotos.Add(new AntennaShopPhoto { AntennaShopId = id, Content = content, ContentType = EnterpriseImage.DetectContentType(content)!, UploadedAtUtc = now });
        }
        else
        {
            photo.Content = content;
            photo.ContentType = EnterpriseImage.DetectContentType(content)!;
            photo.UploadedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new(null, NotYourShop: false);
    }

    /// <summary>
    /// Checks every line of a shop CSV (the columns of <see cref="ShopInput.Columns"/>); a line whose prefecture and
    /// Japanese name match a shop updates it, others add one. With <paramref name="commit"/> and no refused line, writes
    /// them all at once; nothing is stored when any line is refused.
    /// </summary>
    public async Task<ShopImportResult> ImportAsync(string text, ShopKeeper keeper, bool commit, CancellationToken cancellationToken)
    {
        var existing = await db.AntennaShops.ToListAsync(cancellationToken);
        var seen = new HashSet<(string, string)>();
        int added = 0, updated = 0;
        var refused = CsvImports.CheckLines(text, ShopInput.Columns, MaxImportLines, new ShopFieldProblem("*", ShopProblem.Required), row =>
        {
            var input = new ShopInput
            {
                PrefectureCode = row["prefecture_code"], OtherPrefectureCodes = row["other_prefecture_codes"], Municipality = row["municipality"],
                NameJa = row["name_ja"], NameEn = row["name_en"], AddressJa = row["address_ja"], NearestStation = row["nearest_station"],
                Opens = row["opens"], Closes = row["closes"], ClosedDays = row["closed_days"], ClosingNote = row["closing_note"],
                HasRestaurant = row["has_restaurant"], Languages = row["languages"], PhotoUrl = row["photo_url"],
                Latitude = row["latitude"], Longitude = row["longitude"],
            };
            var candidate = new AntennaShop { PrefectureCode = "", NameJa = "", AddressJa = "" };
            var problems = ShopRules.Apply(input, candidate, keeper.PrefectureCode, keeper.IsTokyoStaff);
            if (problems.Count == 0 && !seen.Add((candidate.PrefectureCode, candidate.NameJa)))
            {
                problems.Add(new("name_ja", ShopProblem.DuplicateName));
            }

            if (problems.Count > 0)
            {
                return problems;
            }

            if (existing.FirstOrDefault(s => s.PrefectureCode == candidate.PrefectureCode && s.NameJa == candidate.NameJa) is { } shop)
            {
                if (!keeper.MayKeep(shop))
                {
                    return [new("prefecture_code", ShopProblem.NotYourPrefecture)];
                }

                ShopRules.Apply(input, shop, keeper.PrefectureCode, keeper.IsTokyoStaff);
                shop.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
                updated++;
            }
            else
            {
                candidate.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
                db.AntennaShops.Add(candidate);
                added++;
            }

            return problems;
        });
        if (refused is null)
        {
            return new(true, [], 0, 0, false);
        }

        var committed = await CsvImports.CommitIfAcceptedAsync(db, refused.Count == 0, commit, cancellationToken);
        return new(false, refused, added, updated, committed);
    }

    private static string[] OtherCodes(AntennaShop shop) =>
        shop.OtherPrefectureCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
