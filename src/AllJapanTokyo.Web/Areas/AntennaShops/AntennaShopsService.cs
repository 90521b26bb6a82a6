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

    /// <summary>
    /// The report's own sentence about a rally where it says more than the figure's note (why FY2020 went online).
    /// The stamp-rally table has no note column, so the sentence is kept here, quoted from the report (slide 20).
    /// </summary>
    private static readonly Dictionary<int, (string Ja, string En)> ReportSentences = new()
    {
        [2020] = (
            "令和２年度は、新型コロナウイルスの感染拡大を踏まえ、自宅に居ながらにしてアンテナショップの魅力を楽しめるよう、オンラインでスタンプラリーを実施するとともに、都内アンテナショップ等の情報を掲載したウェブサイトを開設",
            "In FY2020, in view of the spread of COVID-19, the stamp rally was held online so that people could enjoy the antenna shops from home, and a website with information on the antenna shops in Tokyo was opened."),
    };

    internal AppDbContext Db => db;

    public async Task<AntennaShopsIndexViewModel> GetIndexAsync(CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => new { TitleJa = i.Title.Ja, TitleEn = i.Title.En, i.ProgrammeJa })
            .SingleAsync(cancellationToken);
        return new AntennaShopsIndexViewModel(InitiativeCode, initiative.TitleJa, initiative.TitleEn, initiative.ProgrammeJa, await RalliesAsync(cancellationToken));
    }

    /// <summary>The rally of one fiscal year with its neighbours; null when no rally is recorded for that year.</summary>
    public async Task<StampRallyViewModel?> GetRallyAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var rallies = await RalliesAsync(cancellationToken);
        var index = rallies.FindIndex(r => r.FiscalYear == fiscalYear);
        if (index < 0)
        {
            return null;
        }

        var initiative = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => new { TitleJa = i.Title.Ja, TitleEn = i.Title.En })
            .SingleAsync(cancellationToken);
        return new StampRallyViewModel(
            InitiativeCode,
            initiative.TitleJa,
            initiative.TitleEn,
            rallies[index],
            index > 0 ? rallies[index - 1] : null,
            index < rallies.Count - 1 ? rallies[index + 1] : null);
    }

    /// <summary>The rallies in fiscal-year order, each with the note of its approved, real 参加ショップ数 figure.</summary>
    private async Task<List<StampRallyItem>> RalliesAsync(CancellationToken cancellationToken)
    {
        var rallies = await db.StampRallies.AsNoTracking()
            .OrderBy(r => r.FiscalYear).ThenBy(r => r.Id)
            .Select(r => new { r.FiscalYear, r.Start, r.End, r.ParticipatingShops, r.Format })
            .ToListAsync(cancellationToken);
        var notes = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.InitiativeCode == InitiativeCode && v.IndicatorCode == ShopsIndicator && v.PrefectureCode == null
                        && !v.IsSynthetic && v.ReviewState == ReviewState.Approved && v.NoteJa != null)
            .Select(v => new { v.FiscalYear, v.NoteJa })
            .ToListAsync(cancellationToken);
        return rallies
            .Select(r =>
            {
                var sentence = ReportSentences.TryGetValue(r.FiscalYear, out var s) ? s : default;
                return new StampRallyItem(
                    r.FiscalYear,
                    r.Start,
                    r.End,
                    r.ParticipatingShops,
                    r.Format,
                    notes.FirstOrDefault(n => n.FiscalYear == r.FiscalYear)?.NoteJa,
                    sentence.Ja,
                    sentence.En);
            })
            .ToList();
    }
}
