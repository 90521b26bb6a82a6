using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.Recommendations;

/// <summary>
/// The six regional coordinators recommend tenders to the enterprises of their region, by industry (JSIC major group)
/// and optionally one prefecture; an enterprise sees the recommendations meant for its industry and prefecture
/// (<see cref="TenderRecommendation.MeantFor"/>).
/// </summary>
public sealed class RecommendationService(AppDbContext db, TimeProvider clock)
{
    public async Task<CoordinatorRecommendationsViewModel> CoordinatorAsync(
        string userName,
        RecommendationForm? form,
        IReadOnlyDictionary<string, RecommendationProblem>? errors,
        bool saved,
        CancellationToken cancellationToken)
    {
        var region = await db.CoordinatorRegions.AsNoTracking()
            .Where(r => r.CoordinatorUserName == userName)
            .Select(r => new { r.Id, r.NameJa, r.NameEn, Codes = r.Prefectures.Select(p => p.PrefectureCode).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return new(null, null, [], form ?? new(), errors ?? new Dictionary<string, RecommendationProblem>(), false, []);
        }

        var prefectures = await db.Prefectures.AsNoTracking()
            .Where(p => region.Codes.Contains(p.Code))
            .OrderBy(p => p.Code)
            .Select(p => new PrefectureOption(p.Code, p.Name))
            .ToListAsync(cancellationToken);
        var rows = await RowsAsync(db.TenderRecommendations.Where(r => r.CoordinatorRegionId == region.Id), cancellationToken);
        return new(region.NameJa, region.NameEn, prefectures, form ?? new(), errors ?? new Dictionary<string, RecommendationProblem>(), saved, rows);
    }

    /// <summary>Validates and stores a recommendation; the problems by field, empty when stored.</summary>
    public async Task<IReadOnlyDictionary<string, RecommendationProblem>> RecommendAsync(string userName, RecommendationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, RecommendationProblem>(StringComparer.Ordinal);
        var region = await db.CoordinatorRegions.AsNoTracking()
            .Where(r => r.CoordinatorUserName == userName)
            .Select(r => new { r.Id, Codes = r.Prefectures.Select(p => p.PrefectureCode).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            errors[""] = RecommendationProblem.NoRegion;
            return errors;
        }

        var reference = form.TenderReference?.Trim() ?? "";
        var tender = reference.Length == 0
            ? null
            : await db.Tenders.AsNoTracking()
                .Where(Tender.MayBeRecommended)
                .Where(t => t.Reference == reference)
                .Select(t => new { t.Id })
                .FirstOrDefaultAsync(cancellationToken);
        if (reference.Length == 0)
        {
            errors[nameof(form.TenderReference)] = RecommendationProblem.ReferenceMissing;
        }
        else if (tender is null)
        {
            errors[nameof(form.TenderReference)] = RecommendationProblem.NotRecommendable;
        }

        if (!JsicMajorGroup.IsValid(form.JsicMajorGroup))
        {
            errors[nameof(form.JsicMajorGroup)] = RecommendationProblem.IndustryMissing;
        }

        var prefecture = string.IsNullOrWhiteSpace(form.PrefectureCode) ? null : form.PrefectureCode.Trim();
        if (prefecture is not null && !region.Codes.Contains(prefecture))
        {
            errors[nameof(form.PrefectureCode)] = RecommendationProblem.PrefectureOutsideRegion;
        }

        var note = form.NoteJa?.Trim();
        if (note?.Length > TenderRecommendation.MaxNoteLength)
        {
            errors[nameof(form.NoteJa)] = RecommendationProblem.NoteTooLong;
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var duplicate = await db.TenderRecommendations.AnyAsync(
            r => r.TenderId == tender!.Id && r.CoordinatorRegionId == region.Id && r.JsicMajorGroup == form.JsicMajorGroup && r.PrefectureCode == prefecture,
            cancellationToken);
        if (duplicate)
        {
            errors[nameof(form.TenderReference)] = RecommendationProblem.AlreadyRecommended;
            return errors;
        }

        db.TenderRecommendations.Add(new TenderRecommendation
        {
            TenderId = tender!.Id,
            CoordinatorRegionId = region.Id,
            JsicMajorGroup = form.JsicMajorGroup!,
            PrefectureCode = prefecture,
            NoteJa = string.IsNullOrEmpty(note) ? null : note,
            RecommendedBy = userName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>The recommendations for an enterprise: same industry, and its prefecture (named, or in the region).</summary>
    public async Task<EnterpriseRecommendationsViewModel> EnterpriseAsync(int? enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = enterpriseId is null
            ? null
            : await (
                    from e in db.Enterprises.AsNoTracking()
                    where e.Id == enterpriseId
                    join p in db.Prefectures on e.PrefectureCode equals p.Code
                    select new { e.NameJa, e.JsicMajorGroup, e.PrefectureCode, Prefecture = p.Name })
                .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return new(null, null, null, []);
        }

        var meant = db.TenderRecommendations.Where(TenderRecommendation.MeantFor(enterprise.JsicMajorGroup, enterprise.PrefectureCode, db.CoordinatorRegions));
        return new(enterprise.NameJa, enterprise.JsicMajorGroup, enterprise.Prefecture, await RowsAsync(meant, cancellationToken));
    }

    private async Task<IReadOnlyList<RecommendationRow>> RowsAsync(IQueryable<TenderRecommendation> recommendations, CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var rows = await (
                from r in recommendations.AsNoTracking()
                join t in db.Tenders on r.TenderId equals t.Id
                join g in db.CoordinatorRegions on r.CoordinatorRegionId equals g.Id
                orderby r.CreatedAtUtc descending, r.Id descending
                select new { r.Id, TenderId = t.Id, t.Reference, t.Title, t.IsSynthetic, t.TenderEndUtc, r.JsicMajorGroup, r.PrefectureCode, g.NameJa, g.NameEn, r.NoteJa, r.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new RecommendationRow(
                r.Id, r.TenderId, r.Reference, r.Title, r.IsSynthetic, r.TenderEndUtc, r.JsicMajorGroup,
                r.PrefectureCode is { } code ? prefectures[code] : null, r.NameJa, r.NameEn, r.NoteJa, r.CreatedAtUtc))
            .ToList();
    }
}
