using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.AntennaShops.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.AntennaShops;

/// <summary>The use cases of the AntennaShops area: measure 6-1, the antenna-shop stamp rallies.</summary>
public sealed class AntennaShopsService(AppDbContext db)
{
    public const string InitiativeCode = "6-1";

    public const string ShopsIndicator = "participating_shops";

    /// <summary>The report's own sentence about a rally where it says more than the figure's note (why FY2020 went online).</summary>
    private static readonly Dictionary<int, StampRallyNote> ReportNotes = new()
    {
        [2020] = StampRallyNote.HeldOnlineBecauseOfCovid,
    };

    public async Task<AntennaShopsIndexViewModel> GetIndexAsync(CancellationToken cancellationToken) =>
        new(InitiativeCode, await TitleAsync(cancellationToken), await RalliesAsync(cancellationToken));

    /// <summary>The rally of one fiscal year with its neighbours; null when no rally is recorded for that year.</summary>
    public async Task<StampRallyViewModel?> GetRallyAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var rallies = await RalliesAsync(cancellationToken);
        var index = rallies.FindIndex(r => r.FiscalYear == fiscalYear);
        if (index < 0)
        {
            return null;
        }

        return new StampRallyViewModel(
            InitiativeCode,
            await TitleAsync(cancellationToken),
            rallies[index],
            index > 0 ? rallies[index - 1] : null,
            index < rallies.Count - 1 ? rallies[index + 1] : null);
    }

    private Task<LocalizedText> TitleAsync(CancellationToken cancellationToken) =>
        db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => i.Title)
            .SingleAsync(cancellationToken);

    /// <summary>The rallies in fiscal-year order, each with the note of its published 参加ショップ数 figure.</summary>
    private async Task<List<StampRallyItem>> RalliesAsync(CancellationToken cancellationToken)
    {
        var rallies = await db.StampRallies.AsNoTracking()
            .OrderBy(r => r.FiscalYear).ThenBy(r => r.Id)
            .Select(r => new { r.FiscalYear, r.Start, r.End, r.ParticipatingShops, r.Format })
            .ToListAsync(cancellationToken);
        var notes = await db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublished)
            .Where(v => v.InitiativeCode == InitiativeCode && v.IndicatorCode == ShopsIndicator && v.PrefectureCode == null && v.NoteJa != null)
            .Select(v => new { v.FiscalYear, v.NoteJa })
            .ToListAsync(cancellationToken);
        return rallies
            .Select(r => new StampRallyItem(
                r.FiscalYear,
                r.Start,
                r.End,
                r.ParticipatingShops,
                r.Format,
                notes.FirstOrDefault(n => n.FiscalYear == r.FiscalYear)?.NoteJa,
                ReportNotes.TryGetValue(r.FiscalYear, out var note) ? note : null))
            .ToList();
    }
}
