using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Rally;

/// <summary>The outcome of a stamp: the shop stamped and the card's state, or the problem (nothing stored).</summary>
public sealed record StampResult(StampProblem? Problem, string? ShopNameJa = null, int Collected = 0, int Needed = 0, bool JustCompleted = false);

/// <summary>The stamp rally's use cases: a visitor's card and stamps, the staff's counter, dashboard, draw and figures.</summary>
public sealed class RallyService(
    AppDbContext db,
    StampCodes codes,
    StampAttempts attempts,
    Notifier notifier,
    ComputedFigureProposals proposals,
    LinkGenerator links,
    TimeProvider clock)
{
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public DateTime JapanNow => clock.GetUtcNow().UtcDateTime + JapanOffset;

    public DateOnly JapanToday => DateOnly.FromDateTime(JapanNow);

    /// <summary>Editions open today and those to come, then the last ones, for the rally's page.</summary>
    public Task<List<RallyEdition>> EditionsAsync(CancellationToken cancellationToken) =>
        db.RallyEditions.AsNoTracking().OrderByDescending(e => e.StartsOn).ThenBy(e => e.Id).ToListAsync(cancellationToken);

    public Task<RallyEdition?> EditionAsync(int id, CancellationToken cancellationToken) =>
        db.RallyEditions.AsNoTracking()
            .Include(e => e.Shops).ThenInclude(s => s.Shop)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>The visitor's card for an edition with the shops stamped, or null before the first stamp.</summary>
    public Task<StampCard?> CardAsync(int editionId, string userId, CancellationToken cancellationToken) =>
        db.StampCards.AsNoTracking().Include(c => c.Stamps)
            .SingleOrDefaultAsync(c => c.EditionId == editionId && c.UserId == userId, cancellationToken);

    /// <summary>Whether this person may show the counter code of the shop: its prefecture's staff, or Tokyo staff.</summary>
    public static bool MayShowCounter(AntennaShop shop, string? prefectureCode, bool isTokyoStaff) =>
        isTokyoStaff || shop.IsKeptBy(prefectureCode);

    /// <summary>
    /// Stamps the visitor's card of <paramref name="editionId"/> with the shop the code names. Refused, with nothing
    /// stored: too many attempts, a forged or expired code, another edition's code, a day outside the edition, a shop
    /// not taking part, a shop already stamped. Completing the card enters it in the draw.
    /// </summary>
    public async Task<StampResult> StampAsync(int editionId, string userId, string? code, CancellationToken cancellationToken)
    {
        if (!attempts.TryTake(userId))
        {
            return new(StampProblem.TooManyAttempts);
        }

        if (codes.TryRead(code, out var read) is { } problem)
        {
            return new(problem);
        }

        var edition = await db.RallyEditions.AsNoTracking().Include(e => e.Shops).SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null || read!.EditionId != editionId)
        {
            return new(StampProblem.OtherEdition);
        }

        var today = JapanToday;
        if (!edition.IsOpenOn(today))
        {
            return new(StampProblem.OutsideDates);
        }

        if (edition.Shops.All(s => s.ShopId != read.ShopId))
        {
            return new(StampProblem.ShopNotTakingPart);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var card = await db.StampCards.Include(c => c.Stamps).SingleOrDefaultAsync(c => c.EditionId == editionId && c.UserId == userId, cancellationToken);
        if (card is null)
        {
            card = new StampCard { EditionId = editionId, UserId = userId, CreatedAtUtc = now };
            db.StampCards.Add(card);
        }

        if (card.Stamps.Any(s => s.ShopId == read.ShopId))
        {
            return new(StampProblem.AlreadyStamped);
        }

        card.Stamps.Add(new Stamp { ShopId = read.ShopId, StampedAtUtc = now, JapanDay = today });
        var collected = card.Stamps.Count;
        var justCompleted = card.CompletedAtUtc is null && collected >= edition.StampsToComplete;
        if (justCompleted)
        {
            card.CompletedAtUtc = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two scans racing: the unique index (card, shop), or (edition, person) for a first card, kept one.
            db.ChangeTracker.Clear();
            return new(StampProblem.AlreadyStamped);
        }

        var name = await db.AntennaShops.AsNoTracking().Where(s => s.Id == read.ShopId).Select(s => s.NameJa).SingleAsync(cancellationToken);
        return new(null, name, collected, edition.StampsToComplete, justCompleted);
    }

    /// <summary>Stamps per shop and Japan day, completions and entries of an edition.</summary>
    public async Task<RallyFigures> FiguresAsync(RallyEdition edition, CancellationToken cancellationToken)
    {
        var perDay = await (from stamp in db.Stamps.AsNoTracking()
                            join card in db.StampCards on stamp.CardId equals card.Id
                            where card.EditionId == edition.Id
                            group stamp by new { stamp.ShopId, stamp.JapanDay } into g
                            select new { g.Key.ShopId, g.Key.JapanDay, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cards = await db.StampCards.AsNoTracking().CountAsync(c => c.EditionId == edition.Id, cancellationToken);
        var completed = await db.StampCards.AsNoTracking().CountAsync(c => c.EditionId == edition.Id && c.CompletedAtUtc != null, cancellationToken);
        var winners = await db.StampCards.AsNoTracking()
            .Where(c => c.EditionId == edition.Id && c.WinnerRank != null)
            .OrderBy(c => c.WinnerRank)
            .Select(c => new RallyWinner(c.WinnerRank!.Value, c.Id))
            .ToListAsync(cancellationToken);
        var rows = perDay
            .Select(d => new StampsOnDay(d.ShopId, edition.Shops.FirstOrDefault(s => s.ShopId == d.ShopId)?.Shop?.NameJa ?? "", d.JapanDay, d.Count))
            .OrderBy(d => d.Day).ThenBy(d => d.ShopId)
            .ToList();
        return new RallyFigures(rows, cards, completed, winners);
    }

    /// <summary>The stamps per shop and day as CSV, for the staff's own tables.</summary>
    public static byte[] FiguresCsv(RallyFigures figures)
    {
        var csv = new StringBuilder();
        csv.Append(Csv.Line(["date", "shop_id", "shop", "stamps"]));
        foreach (var row in figures.StampsPerShopPerDay)
        {
            csv.Append(Csv.Line([row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.ShopId.ToString(CultureInfo.InvariantCulture), Csv.Text(row.ShopNameJa), row.Stamps.ToString(CultureInfo.InvariantCulture)]));
        }

        return [.. Csv.ByteOrderMark, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// Runs the prize draw once the edition has ended: the entered cards in id order, shuffled by the seed, which is
    /// recorded with the result; the winners are notified. Null when the draw was already run or cannot be yet.
    /// </summary>
    public async Task<RallyDrawProblem?> DrawAsync(int editionId, int? seed, CancellationToken cancellationToken)
    {
        var edition = await db.RallyEditions.SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null)
        {
            return RallyDrawProblem.NoSuchEdition;
        }

        if (edition.DrawSeed is not null)
        {
            return RallyDrawProblem.AlreadyDrawn;
        }

        if (!edition.HasEndedBy(JapanToday))
        {
            return RallyDrawProblem.NotEnded;
        }

        var entered = await db.StampCards.Where(c => c.EditionId == editionId && c.CompletedAtUtc != null).ToListAsync(cancellationToken);
        edition.DrawSeed = seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        edition.DrawnAtUtc = clock.GetUtcNow().UtcDateTime;
        var winners = PrizeDraw.Winners(entered.Select(c => c.Id), edition.DrawSeed.Value, edition.PrizeCount);
        for (var rank = 0; rank < winners.Count; rank++)
        {
            var card = entered.Single(c => c.Id == winners[rank]);
            card.WinnerRank = rank + 1;
            await notifier.NotifyAsync([card.UserId], new RallyPrizeWonNotification(edition.NameJa, edition.Id, rank + 1), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Proposes the edition's participating shops to the reporting workflow (6-1) once it has ended.</summary>
    public async Task<RallyDrawProblem?> ProposeFiguresAsync(int editionId, CancellationToken cancellationToken)
    {
        var edition = await db.RallyEditions.Include(e => e.Shops).SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null)
        {
            return RallyDrawProblem.NoSuchEdition;
        }

        if (!edition.HasEndedBy(JapanToday))
        {
            return RallyDrawProblem.NotEnded;
        }

        await proposals.ProposeAsync(
            new FigureSource("antenna-shops.rally", edition.Id.ToString(CultureInfo.InvariantCulture), $"スタンプラリー「{edition.NameJa}」の参加ショップ数", edition.IsSynthetic),
            [new FigureProposal(edition.FiscalYear, AntennaShopsService.InitiativeCode, AntennaShopsService.ShopsIndicator, null, edition.Shops.Count, EventFormat.InPerson)],
            cancellationToken);
        edition.FiguresProposedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public string? PathToCard(int editionId) => links.GetPathByAction("Card", "Rally", new { area = "AntennaShops", id = editionId });
}

/// <summary>Why the draw or the figures of an edition were refused.</summary>
public enum RallyDrawProblem
{
    NoSuchEdition,
    NotEnded,
    AlreadyDrawn,
}

public sealed record StampsOnDay(int ShopId, string ShopNameJa, DateOnly Day, int Stamps);

public sealed record RallyWinner(int Rank, int CardId);

public sealed record RallyFigures(IReadOnlyList<StampsOnDay> StampsPerShopPerDay, int Cards, int Completed, IReadOnlyList<RallyWinner> Winners)
{
    /// <summary>Every completed card is entered in the draw.</summary>
    public int Entries => Completed;
}
