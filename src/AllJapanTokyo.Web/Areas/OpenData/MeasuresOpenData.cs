using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A chapter (章) of the programme: its number and its title in the portal's four languages.</summary>
public sealed record ApiChapter(int Number, string TitleJa, string TitleEn, string? TitleZhHans, string? TitleKo);

/// <summary>
/// A measure (施策): its code ("2-6"), chapter, position in the chapter, title in four languages, the programme's
/// Japanese name, and the fiscal year it started (null where the report does not give it).
/// </summary>
public sealed record ApiMeasure(string Code, int Chapter, int Number, string TitleJa, string TitleEn, string? TitleZhHans, string? TitleKo,
    string ProgrammeJa, int? SinceFiscalYear);

/// <summary>One indicator a measure publishes figures for, and at which level (programme, prefecture or both).</summary>
public sealed record ApiMeasureIndicator(string Code, string LabelJa, string LabelEn, string? LabelZhHans, string? LabelKo,
    string UnitJa, string UnitEn, string? UnitZhHans, string? UnitKo, string Kind);

/// <summary>A measure with the indicators it has published figures for.</summary>
public sealed record ApiMeasureDetail(string Code, int Chapter, int Number, string TitleJa, string TitleEn, string? TitleZhHans, string? TitleKo,
    string ProgrammeJa, int? SinceFiscalYear, IReadOnlyList<ApiMeasureIndicator> Indicators);

/// <summary>
/// An indicator as a measure publishes it: the indicator code, the measure, the label and unit in four languages, and
/// its kind — where its approved figures are given: "programme" (programme-wide only), "prefecture" (per prefecture
/// only) or "both".
/// </summary>
public sealed record ApiIndicator(string Code, string MeasureCode, string LabelJa, string LabelEn, string? LabelZhHans, string? LabelKo,
    string UnitJa, string UnitEn, string? UnitZhHans, string? UnitKo, string Kind);

/// <summary>
/// The programme's structure for the open-data API: chapters, measures and the indicators each measure has published
/// (approved, real) figures for. Small lists (6 chapters, 26 measures), read whole and paged in memory in the order of
/// the progress report.
/// </summary>
public sealed class MeasuresOpenData(AppDbContext db)
{
    public const string KindProgramme = "programme";
    public const string KindPrefecture = "prefecture";
    public const string KindBoth = "both";

    /// <summary>The chapters after number <paramref name="afterNumber"/>, by number.</summary>
    public async Task<ApiPage<ApiChapter>> ChaptersAsync(int? afterNumber, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Chapters.AsNoTracking()
            .Where(c => afterNumber == null || c.Number > afterNumber)
            .OrderBy(c => c.Number).Take(limit + 1)
            .Select(c => new ApiChapter(c.Number, c.Title.Ja, c.Title.En, c.Title.ZhHans, c.Title.Ko))
            .ToListAsync(cancellationToken);
        return rows.Count > limit ? new(rows[..limit], rows[limit - 1].Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) : new(rows, null);
    }

    /// <summary>The measures in the report's order ("2-9" before "2-10"), after the measure <paramref name="afterCode"/>; null when that code is no measure.</summary>
    public async Task<ApiPage<ApiMeasure>?> MeasuresAsync(string? afterCode, int limit, CancellationToken cancellationToken)
    {
        var all = await AllMeasuresAsync(cancellationToken);
        return ApiPaging.After(all, m => m.Code, afterCode, limit);
    }

    /// <summary>One measure with its indicators, or null when there is no such measure.</summary>
    public async Task<ApiMeasureDetail?> MeasureAsync(string code, CancellationToken cancellationToken)
    {
        var measure = await db.Initiatives.AsNoTracking().Where(i => i.Code == code)
            .Select(i => new ApiMeasure(i.Code, i.ChapterNumber, i.Number, i.Title.Ja, i.Title.En, i.Title.ZhHans, i.Title.Ko, i.ProgrammeJa, i.SinceFiscalYear))
            .FirstOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var indicators = (await IndicatorsOfAsync(code, cancellationToken))
            .Select(i => new ApiMeasureIndicator(i.Code, i.LabelJa, i.LabelEn, i.LabelZhHans, i.LabelKo, i.UnitJa, i.UnitEn, i.UnitZhHans, i.UnitKo, i.Kind))
            .ToList();
        return new(measure.Code, measure.Chapter, measure.Number, measure.TitleJa, measure.TitleEn, measure.TitleZhHans, measure.TitleKo,
            measure.ProgrammeJa, measure.SinceFiscalYear, indicators);
    }

    /// <summary>
    /// Every (measure, indicator) pair with a published figure, by measure in the report's order and then by indicator
    /// code, after the pair <paramref name="afterKey"/> ("2-4:business_meetings"); null when that pair is not listed.
    /// </summary>
    public async Task<ApiPage<ApiIndicator>?> IndicatorsAsync(string? measureCode, string? afterKey, int limit, CancellationToken cancellationToken) =>
        ApiPaging.After(await IndicatorsOfAsync(measureCode, cancellationToken), Key, afterKey, limit);

    /// <summary>The cursor of an indicator row: its measure and indicator codes, as the dashboard codes a figure.</summary>
    public static string Key(ApiIndicator indicator) => indicator.MeasureCode + ":" + indicator.Code;

    private async Task<List<ApiMeasure>> AllMeasuresAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Initiatives.AsNoTracking()
            .Select(i => new ApiMeasure(i.Code, i.ChapterNumber, i.Number, i.Title.Ja, i.Title.En, i.Title.ZhHans, i.Title.Ko, i.ProgrammeJa, i.SinceFiscalYear))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(m => m.Chapter).ThenBy(m => m.Number).ToList();
    }

    private async Task<List<ApiIndicator>> IndicatorsOfAsync(string? measureCode, CancellationToken cancellationToken)
    {
        var pairs = await db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished)
            .Where(v => measureCode == null || v.InitiativeCode == measureCode)
            .GroupBy(v => new { v.InitiativeCode, v.IndicatorCode, Programme = v.PrefectureCode == null })
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        var definitions = await db.IndicatorDefinitions.AsNoTracking()
            .Select(d => new { d.Code, d.Label, d.Unit })
            .ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        return pairs
            .Where(p => definitions.ContainsKey(p.IndicatorCode))
            .GroupBy(p => (p.InitiativeCode, p.IndicatorCode))
            .Select(g =>
            {
                var d = definitions[g.Key.IndicatorCode];
                var kind = g.All(p => p.Programme) ? KindProgramme : g.Any(p => p.Programme) ? KindBoth : KindPrefecture;
                return new ApiIndicator(d.Code, g.Key.InitiativeCode, d.Label.Ja, d.Label.En, d.Label.ZhHans, d.Label.Ko,
                    d.Unit.Ja, d.Unit.En, d.Unit.ZhHans, d.Unit.Ko, kind);
            })
            .OrderBy(i => i.MeasureCode, InitiativeCodeComparer.Instance)
            .ThenBy(i => i.Code, StringComparer.Ordinal)
            .ToList();
    }
}
