using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Tourism.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Tourism.Mice;

/// <summary>A joint promotion as typed in the form: everything as text, so a refused form shows what was typed.</summary>
public sealed class MicePromotionInput
{
    public int? PartnerId { get; set; }
    public string? FiscalYear { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Outcome { get; set; }
    public List<string> Prefectures { get; set; } = [];

    public static MicePromotionInput From(MicePromotion promotion) => new()
    {
        PartnerId = promotion.TourismPartnershipId,
        FiscalYear = promotion.FiscalYear.ToString(CultureInfo.InvariantCulture),
        Title = promotion.TitleJa,
        Kind = promotion.Kind.ToString(),
        Start = promotion.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = promotion.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Outcome = promotion.OutcomeJa,
        Prefectures = promotion.Prefectures.Select(p => p.PrefectureCode).Order(StringComparer.Ordinal).ToList(),
    };
}

/// <summary>A promotion as the public list shows it.</summary>
public sealed record MicePromotionItem(
    int Id,
    PartnershipItem Partner,
    int FiscalYear,
    string TitleJa,
    MicePromotionKind Kind,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? OutcomeJa,
    bool IsSynthetic,
    IReadOnlyList<PrefectureOption> Prefectures);

/// <summary>The MICE page: the partner cities, and the promotions held with them, latest fiscal year first.</summary>
public sealed record MicePage(InitiativeRef? Initiative, IReadOnlyList<PartnershipItem> Partners, IReadOnlyList<IGrouping<int, MicePromotionItem>> ByFiscalYear);

/// <summary>The staff's form: new (no id) or an existing promotion, with the partner cities and prefectures to choose from.</summary>
public sealed record MicePromotionFormPage(
    int? Id,
    MicePromotionInput Input,
    IReadOnlyList<PartnershipItem> Partners,
    IReadOnlyList<PrefectureOption> Prefectures,
    IReadOnlyList<MicePromotionFieldProblem> Problems);

/// <summary>
/// The joint promotions with the MICE partner cities (measure 5-2): the public list by fiscal year and Tokyo staff's
/// adding, editing and removing of them under the rules of <see cref="MicePromotion.Check"/>; nothing is stored when
/// any rule refuses. The MICE page is a published page, so every change moves the published-data mark in its
/// transaction (ADR 0005).
/// </summary>
public sealed class MicePromotions(AppDbContext db, TourismService tourism, TimeProvider clock)
{
    public async Task<MicePage> PageAsync(CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var partners = await PartnersAsync(prefectures, cancellationToken);
        var initiative = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == MicePromotion.Initiative)
            .Select(i => new InitiativeRef(i.Code, i.ChapterNumber, i.Number, i.Title, i.ProgrammeJa))
            .SingleOrDefaultAsync(cancellationToken);
        var rows = await db.MicePromotions.AsNoTracking().Include(p => p.Prefectures)
            .OrderByDescending(p => p.FiscalYear).ThenByDescending(p => p.StartDate).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(p => new MicePromotionItem(
                p.Id, partners.Single(x => x.Id == p.TourismPartnershipId), p.FiscalYear, p.TitleJa, p.Kind, p.StartDate, p.EndDate, p.OutcomeJa, p.IsSynthetic,
                p.Prefectures.Select(x => x.PrefectureCode).Order(StringComparer.Ordinal).Select(prefectures.Option).ToList()))
            .GroupBy(p => p.FiscalYear)
            .ToList();
        return new MicePage(initiative, partners, items);
    }

    public async Task<MicePromotionFormPage> NewFormAsync(CancellationToken cancellationToken)
    {
        var fiscalYear = JapanTime.FiscalYearOf(clock.GetUtcNow()).StartYear;
        return await FormAsync(null, new MicePromotionInput { FiscalYear = fiscalYear.ToString(CultureInfo.InvariantCulture) }, [], cancellationToken);
    }

    /// <summary>The form of an existing promotion; null when there is none.</summary>
    public async Task<MicePromotionFormPage?> EditFormAsync(int id, CancellationToken cancellationToken) =>
        await db.MicePromotions.AsNoTracking().Include(p => p.Prefectures).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } promotion
            ? await FormAsync(id, MicePromotionInput.From(promotion), [], cancellationToken)
            : null;

    public async Task<MicePromotionFormPage> FormAsync(int? id, MicePromotionInput input, IReadOnlyList<MicePromotionFieldProblem> problems, CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        return new MicePromotionFormPage(id, input, await PartnersAsync(prefectures, cancellationToken), prefectures.All, problems);
    }

    /// <summary>
    /// Adds (no <paramref name="id"/>) or saves a promotion; the problems when refused, nothing stored; null when the
    /// promotion to save is not found.
    /// </summary>
    public async Task<IReadOnlyList<MicePromotionFieldProblem>?> SaveAsync(int? id, MicePromotionInput input, CancellationToken cancellationToken)
    {
        MicePromotion? promotion = null;
        if (id is { } existing && (promotion = await db.MicePromotions.Include(p => p.Prefectures).FirstOrDefaultAsync(p => p.Id == existing, cancellationToken)) is null)
        {
            return null;
        }

        var partner = input.PartnerId is { } partnerId ? await db.TourismPartnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken) : null;
        var fiscalYear = TypedNumber.TryParseCount(input.FiscalYear, Domain.Common.FiscalYear.Latest, out var typedYear) is null && typedYear is { } y ? (int?)y : null;
        var kind = Enum.TryParse<MicePromotionKind>(input.Kind, out var k) && Enum.IsDefined(k) && !int.TryParse(input.Kind, out _) ? k : (MicePromotionKind?)null;
        var start = Date(input.Start);
        var end = Date(input.End);
        var codes = input.Prefectures.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var known = (await db.PrefectureNamesAsync(cancellationToken)).All.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var problems = MicePromotion.Check(partner, fiscalYear, input.Title, kind, start, end, input.Outcome, codes, known);
        if (Date(input.Start) is null && !string.IsNullOrWhiteSpace(input.Start) && problems.All(p => p.Field != "start"))
        {
            problems.Add(new("start", MicePromotionProblem.DateRequired));
        }

        if (end is null && !string.IsNullOrWhiteSpace(input.End))
        {
            problems.Add(new("end", MicePromotionProblem.DateRequired));
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return problems;
        }

        if (promotion is null)
        {
            promotion = new MicePromotion { TitleJa = "" };
            db.MicePromotions.Add(promotion);
        }

        promotion.TourismPartnershipId = partner!.Id;
        promotion.FiscalYear = fiscalYear!.Value;
        promotion.TitleJa = input.Title!.Trim();
        promotion.Kind = kind!.Value;
        promotion.StartDate = start!.Value;
        promotion.EndDate = end == start ? null : end;
        promotion.OutcomeJa = string.IsNullOrWhiteSpace(input.Outcome) ? null : input.Outcome.Trim();
        promotion.Prefectures.RemoveAll(p => !codes.Contains(p.PrefectureCode));
        promotion.Prefectures.AddRange(codes.Where(c => promotion.Prefectures.All(p => p.PrefectureCode != c)).Select(c => new MicePromotionPrefecture { PrefectureCode = c }));
        await SaveMarkedAsync(promotion, cancellationToken);
        return [];
    }

    /// <summary>Removes a promotion entered by mistake; false when there is none.</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.MicePromotions.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } promotion)
        {
            return false;
        }

        db.MicePromotions.Remove(promotion);
        await SaveMarkedAsync(null, cancellationToken);
        return true;
    }

    private async Task SaveMarkedAsync(MicePromotion? promotion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (promotion is not null)
        {
            promotion.UpdatedAtUtc = now;
        }

        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.MarkChangedAsync(now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The MICE partner cities in the report's order.</summary>
    private Task<List<PartnershipItem>> PartnersAsync(PrefectureNames prefectures, CancellationToken cancellationToken) =>
        tourism.PartnershipsAsync(prefectures, cancellationToken, p => p.InitiativeCode == MicePromotion.Initiative);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim().Normalize(System.Text.NormalizationForm.FormKC), ["yyyy-MM-dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
