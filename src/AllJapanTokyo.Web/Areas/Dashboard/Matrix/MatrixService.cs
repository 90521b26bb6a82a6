using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Matrix;

/// <summary>
/// The participation matrix (47 prefectures × 26 initiatives) of one fiscal year or of all of them, built from
/// <see cref="ParticipationService.ParticipationAsync"/>: the one derivation of who took part in what, and when.
/// </summary>
public sealed class MatrixService(ParticipationService participation, AppDbContext db)
{
    /// <summary>
    /// No <c>fy</c> (or "all") gives all years; a year of FY2015–FY2020 gives that year; anything else FY2020 with
    /// the refused text kept for the message.
    /// </summary>
    public static (int? FiscalYear, string? Refused) ParseFiscalYear(string? fy)
    {
        if (string.IsNullOrWhiteSpace(fy) || string.Equals(fy.Trim(), ParticipationMatrix.AllYearsQuery, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        return ParticipationRules.TryParseFiscalYear(fy, out var year) ? (year, null) : (ParticipationRules.LastFiscalYear, fy);
    }

    public async Task<ParticipationMatrix> MatrixAsync(int? fiscalYear, string? refusedFiscalYear, CancellationToken cancellationToken = default)
    {
        var prefectures = (await db.Prefectures.AsNoTracking()
                .Select(p => new { p.Code, p.Name })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        var initiatives = (await db.Initiatives.AsNoTracking()
                .Select(i => new InitiativeRef(i.Code, i.Title))
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.Code, InitiativeCodeComparer.Instance)
            .ToList();

        var cells = await participation.ParticipationAsync(fiscalYear, cancellationToken: cancellationToken);
        var years = cells
            .Where(c => c.FiscalYear is >= ParticipationRules.FirstFiscalYear and <= ParticipationRules.LastFiscalYear)
            .ToLookup(c => (c.PrefectureCode, c.InitiativeCode), c => c.FiscalYear);

        var rows = prefectures
            .Select(p => new MatrixRow(p.Code, p.Name, initiatives
                .Select(i => new MatrixCell(i.Code, years[(p.Code, i.Code)].Distinct().Order().ToArray()))
                .ToArray()))
            .ToArray();

        var problem = refusedFiscalYear is null
            ? null
            : new DashboardProblem.UnknownFiscalYear(refusedFiscalYear, ParticipationRules.FirstFiscalYear, ParticipationRules.LastFiscalYear, fiscalYear ?? ParticipationRules.LastFiscalYear);
        return new ParticipationMatrix(fiscalYear, problem, ParticipationRules.FiscalYears, initiatives, rows);
    }
}
