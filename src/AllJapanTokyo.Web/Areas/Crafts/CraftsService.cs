using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Crafts.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Crafts;

/// <summary>
/// The use cases of the Crafts area: measure 2-2 (「東京手仕事」プロジェクト), its collaboration products with crafts of
/// other prefectures, its published figures and its events. Synthetic rows and unapproved figures are never shown.
/// </summary>
public sealed class CraftsService(AppDbContext db)
{
    public const string InitiativeCode = "2-2";

    public async Task<CraftsIndexViewModel?> IndexAsync(CancellationToken cancellationToken)
    {
        var initiative = await InitiativeAsync(cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var prefectures = await PrefecturesAsync(cancellationToken);
        var collaborations = await CollaborationsAsync(null, prefectures, cancellationToken);

        var figures = await (
                from v in db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished)
                join d in db.IndicatorDefinitions.AsNoTracking() on v.IndicatorCode equals d.Code
                where v.InitiativeCode == InitiativeCode && v.PrefectureCode == null
                orderby v.FiscalYear, v.Id
                select new CraftsFigure(v.FiscalYear, d.Label, v.Value, v.Qualifier, d.Unit, v.ActivityStatus, v.NoteJa))
            .ToListAsync(cancellationToken);

        var events = (await db.Events.AsNoTracking()
                .Where(e => e.InitiativeCode == InitiativeCode && !e.IsSynthetic)
                .OrderBy(e => e.FiscalYear).ThenBy(e => e.Id)
                .Select(e => new
                {
                    e.Id,
                    e.FiscalYear,
                    e.NameJa,
                    e.Start,
                    e.End,
                    e.VenueJa,
                    e.HostPrefectureCode,
                    e.Format,
                    e.Status,
                    e.CancelReasonJa,
                    e.ParticipatingPrefectures,
                    e.NoteJa,
                })
                .ToListAsync(cancellationToken))
            .Select(e => new CraftsEvent(
                e.Id,
                e.FiscalYear,
                e.NameJa,
                e.Start,
                e.End,
                e.VenueJa,
                e.HostPrefectureCode is { } host && prefectures.TryGetValue(host, out var prefecture) ? prefecture : null,
                e.Format,
                e.Status,
                e.CancelReasonJa,
                e.ParticipatingPrefectures,
                e.NoteJa))
            .ToList();

        return new CraftsIndexViewModel(initiative, collaborations, figures, events);
    }

    /// <summary>One collaboration product; null when unknown or synthetic.</summary>
    public async Task<CraftCollaborationViewModel?> CollaborationAsync(int id, CancellationToken cancellationToken)
    {
        var initiative = await InitiativeAsync(cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var prefectures = await PrefecturesAsync(cancellationToken);
        var collaboration = (await CollaborationsAsync(id, prefectures, cancellationToken)).SingleOrDefault();
        if (collaboration is null)
        {
            return null;
        }

        var samePrefecture = (await CollaborationsAsync(null, prefectures, cancellationToken))
            .Where(c => c.Id != id && c.PartnerPrefecture.Code == collaboration.PartnerPrefecture.Code)
            .ToList();
        return new CraftCollaborationViewModel(initiative, collaboration, samePrefecture, await DetailsAsync(id, prefectures, cancellationToken));
    }

    /// <summary>A collaboration product's photo; null when unknown or not published.</summary>
    public async Task<(string Type, byte[] Content)?> CollaborationImageAsync(int imageId, CancellationToken cancellationToken)
    {
        var image = await (
                from i in db.CraftCollaborationImages.AsNoTracking()
                join c in db.CraftCollaborations on i.CollaborationId equals c.Id
                where i.Id == imageId && c.IsPublished
                select new { i.ContentType, i.Content })
            .SingleOrDefaultAsync(cancellationToken);
        return image is null ? null : (image.ContentType, image.Content);
    }

    private async Task<CraftCollaborationDetails> DetailsAsync(int id, Dictionary<string, CraftsPrefecture> prefectures, CancellationToken cancellationToken)
    {
        var product = await db.CraftCollaborations.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.TeamId, c.WhereToBuyJa }).SingleAsync(cancellationToken);
        var images = await db.CraftCollaborationImages.AsNoTracking().Where(i => i.CollaborationId == id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        if (product.TeamId is not { } teamId)
        {
            return new CraftCollaborationDetails([], null, null, product.WhereToBuyJa, images);
        }

        var makers = await (
                from t in db.CraftTeamMakers.AsNoTracking()
                join m in db.CraftMakers on t.MakerId equals m.Id
                where t.TeamId == teamId
                orderby m.Id
                select new { m.NameJa, m.PrefectureCode })
            .ToListAsync(cancellationToken);
        var designer = await (
                from t in db.CraftTeams.AsNoTracking()
                join d in db.Designers on t.DesignerId equals d.Id
                where t.Id == teamId
                select new { d.Id, d.NameJa })
            .SingleAsync(cancellationToken);
        return new CraftCollaborationDetails(
            makers.Select(m => (m.NameJa, prefectures[m.PrefectureCode])).ToList(), designer.NameJa, designer.Id, product.WhereToBuyJa, images);
    }

    private Task<CraftsInitiative?> InitiativeAsync(CancellationToken cancellationToken) =>
        db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => new CraftsInitiative(i.Code, i.Title, i.ProgrammeJa, i.SinceFiscalYear))
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<Dictionary<string, CraftsPrefecture>> PrefecturesAsync(CancellationToken cancellationToken) =>
        await db.Prefectures.AsNoTracking()
            .Select(p => new CraftsPrefecture(p.Code, p.Name, p.Region))
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);

    private async Task<IReadOnlyList<CraftCollaborationItem>> CollaborationsAsync(
        int? id, Dictionary<string, CraftsPrefecture> prefectures, CancellationToken cancellationToken) =>
        (await db.CraftCollaborations.AsNoTracking()
            .Where(c => !c.IsSynthetic && c.IsPublished && (id == null || c.Id == id))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, c.PartnerPrefectureCode, c.ProgrammeJa })
            .ToListAsync(cancellationToken))
        .Where(c => prefectures.ContainsKey(c.PartnerPrefectureCode))
        .Select(c => new CraftCollaborationItem(c.Id, c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, prefectures[c.PartnerPrefectureCode], c.ProgrammeJa))
        .ToList();
}
