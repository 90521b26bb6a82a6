using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// Issue 5 item 6: the six regional coordinators recommend tenders to the enterprises of their region, by industry
/// (JSIC major group) and optionally one prefecture; an enterprise sees the recommendations that match its industry
/// and prefecture (<see cref="TenderRecommendation.Matches"/>).
/// </summary>
public sealed class RecommendationService(AppDbContext db, TimeProvider clock)
{
    public async Task<CoordinatorRecommendationsViewModel> CoordinatorAsync(
        string userName,
        RecommendationForm? form,
        IReadOnlyDictionary<string, string>? errors,
        bool saved,
        CancellationToken cancellationToken)
    {
        var region = await db.CoordinatorRegions.AsNoTracking()
            .Where(r => r.CoordinatorUserName == userName)
            .Select(r => new { r.Id, r.NameJa, r.NameEn, Codes = r.Prefectures.Select(p => p.PrefectureCode).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return new(null, null, [], form ?? new(), errors ?? new Dictionary<string, string>(), false, []);
        }

        var prefectures = await db.Prefectures.AsNoTracking()
            .Where(p => region.Codes.Contains(p.Code))
            .OrderBy(p => p.Code)
            .Select(p => new RegionPrefecture(p.Code, p.Name.Ja, p.Name.En))
            .ToListAsync(cancellationToken);
        var rows = await RowsAsync(db.TenderRecommendations.Where(r => r.CoordinatorRegionId == region.Id), cancellationToken);
        return new(region.NameJa, region.NameEn, prefectures, form ?? new(), errors ?? new Dictionary<string, string>(), saved, rows);
    }

    /// <summary>Validates and stores a recommendation; the errors (Japanese / English) by field, empty when stored.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RecommendAsync(string userName, RecommendationForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var region = await db.CoordinatorRegions.AsNoTracking()
            .Where(r => r.CoordinatorUserName == userName)
            .Select(r => new { r.Id, Codes = r.Prefectures.Select(p => p.PrefectureCode).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            errors[""] = "担当地域が登録されていません。管理者に連絡してください。 / No region is assigned to you. Please contact the administrator.";
            return errors;
        }

        var reference = form.TenderReference?.Trim() ?? "";
        var tender = reference.Length == 0
            ? null
            : await db.Tenders.AsNoTracking()
                .Where(t => t.Reference == reference)
                .Select(t => new { t.Id, t.PublishedAtUtc, t.Status })
                .FirstOrDefaultAsync(cancellationToken);
        if (reference.Length == 0)
        {
            errors[nameof(form.TenderReference)] = "案件番号を入力してください。 / Enter the tender reference.";
        }
        else if (tender is null || tender.PublishedAtUtc is null || tender.Status is TenderStatus.Draft or TenderStatus.Cancelled)
        {
            errors[nameof(form.TenderReference)] = "公告中の案件番号（例：T-2020-000123）を入力してください。 / Enter the reference of a published tender (e.g. T-2020-000123).";
        }

        if (!JsicMajorGroup.IsValid(form.JsicMajorGroup))
        {
            errors[nameof(form.JsicMajorGroup)] = "業種（日本標準産業分類の大分類）を選んでください。 / Choose an industry (JSIC major group).";
        }

        var prefecture = string.IsNullOrWhiteSpace(form.PrefectureCode) ? null : form.PrefectureCode.Trim();
        if (prefecture is not null && !region.Codes.Contains(prefecture))
        {
            errors[nameof(form.PrefectureCode)] = "担当地域の都道府県を選んでください。 / Choose a prefecture of your region.";
        }

        var note = form.NoteJa?.Trim();
        if (note?.Length > 1000)
        {
            errors[nameof(form.NoteJa)] = "コメントは1,000文字以内で入力してください。 / The note may be at most 1,000 characters.";
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
            errors[nameof(form.TenderReference)] = "この案件は同じ業種・地域に推薦済みです。 / This tender is already recommended to the same industry and area.";
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
            : await db.Enterprises.AsNoTracking()
                .Where(e => e.Id == enterpriseId)
                .Select(e => new { e.NameJa, e.JsicMajorGroup, e.PrefectureCode })
                .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return new(null, null, null, []);
        }

        var prefectureName = await db.Prefectures.Where(p => p.Code == enterprise.PrefectureCode).Select(p => p.Name.Ja).FirstOrDefaultAsync(cancellationToken);
        var matching = db.TenderRecommendations.Where(r =>
            r.JsicMajorGroup == enterprise.JsicMajorGroup
            && (r.PrefectureCode == enterprise.PrefectureCode
                || (r.PrefectureCode == null && db.CoordinatorRegions.Any(g => g.Id == r.CoordinatorRegionId && g.Prefectures.Any(p => p.PrefectureCode == enterprise.PrefectureCode)))));
        return new(enterprise.NameJa, enterprise.JsicMajorGroup, prefectureName, await RowsAsync(matching, cancellationToken));
    }

    private async Task<IReadOnlyList<RecommendationRow>> RowsAsync(IQueryable<TenderRecommendation> recommendations, CancellationToken cancellationToken)
    {
        var rows = await (
                from r in recommendations.AsNoTracking()
                join t in db.Tenders on r.TenderId equals t.Id
                join g in db.CoordinatorRegions on r.CoordinatorRegionId equals g.Id
                join p in db.Prefectures on r.PrefectureCode equals p.Code into named
                from p in named.DefaultIfEmpty()
                select new RecommendationRow(
                    r.Id, t.Id, t.Reference, t.Title, t.IsSynthetic, t.TenderEndUtc, r.JsicMajorGroup, r.PrefectureCode, p != null ? p.Name.Ja : null, g.NameJa, r.NoteJa, r.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).ToList();
    }
}
