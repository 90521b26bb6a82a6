using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// The reporting forms and assignments, derived from the programme data already loaded: an initiative's form is made
/// of the indicators its published figures use; a prefecture is expected to report an initiative in a fiscal year when
/// it took part (participations, figures naming it). Idempotent: each set is loaded only while its table is empty.
/// </summary>
public sealed class ReportingSeeder(AppDbContext db)
{
    /// <summary>Indicators whose online part is asked for beside the total.</summary>
    public static readonly IReadOnlySet<string> SplitByFormatIndicators = new HashSet<string>(StringComparer.Ordinal) { "exhibitors", "business_meetings", "visitors" };

    /// <summary>
    /// The issue's own example (/reporting/2020/2-3/15): Niigata reports the FY2020 food industry fair. The source
    /// names only "12府県" for that year, so this one expected report is set here explicitly.
    /// </summary>
    private static readonly (int FiscalYear, string Initiative, string Prefecture)[] ExtraAssignments = [(2020, "2-3", "15")];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.FormIndicators.AnyAsync(cancellationToken))
        {
            var pairs = await db.IndicatorValues.AsNoTracking()
                .Where(v => !v.IsSynthetic)
                .OrderBy(v => v.Id)
                .Select(v => new { v.InitiativeCode, v.IndicatorCode })
                .ToListAsync(cancellationToken);
            var order = 0;
            foreach (var pair in pairs.Distinct())
            {
                db.FormIndicators.Add(new FormIndicator
                {
                    InitiativeCode = pair.InitiativeCode,
                    IndicatorCode = pair.IndicatorCode,
                    SortOrder = ++order * 10,
                    SplitByFormat = SplitByFormatIndicators.Contains(pair.IndicatorCode),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.ReportSubmissions.AnyAsync(cancellationToken))
        {
            var withForms = await db.FormIndicators.Select(f => f.InitiativeCode).Distinct().ToListAsync(cancellationToken);
            var fromParticipations = await db.Participations.AsNoTracking()
                .Where(p => !p.IsSynthetic && p.PrefectureCode != Prefecture.TokyoCode && withForms.Contains(p.InitiativeCode))
                .Select(p => new { p.FiscalYear, p.InitiativeCode, p.PrefectureCode })
                .Distinct()
                .ToListAsync(cancellationToken);
            var fromValues = await db.IndicatorValues.AsNoTracking()
                .Where(v => !v.IsSynthetic && withForms.Contains(v.InitiativeCode))
                .SelectMany(v => v.Prefectures, (v, p) => new { v.FiscalYear, v.InitiativeCode, p.PrefectureCode })
                .Where(x => x.PrefectureCode != Prefecture.TokyoCode)
                .Distinct()
                .ToListAsync(cancellationToken);
            var assignments = fromParticipations.Select(x => (x.FiscalYear, x.InitiativeCode, x.PrefectureCode))
                .Concat(fromValues.Select(x => (x.FiscalYear, x.InitiativeCode, x.PrefectureCode)))
                .Concat(ExtraAssignments.Where(e => withForms.Contains(e.Initiative)))
                .Distinct()
                .OrderBy(x => x.Item1).ThenBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.Item3, StringComparer.Ordinal);
            foreach (var (fiscalYear, initiative, prefecture) in assignments)
            {
                db.ReportSubmissions.Add(new ReportSubmission { FiscalYear = fiscalYear, InitiativeCode = initiative, PrefectureCode = prefecture });
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
