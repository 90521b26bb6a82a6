using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// The participation matrix (47 prefectures × 26 initiatives) of one fiscal year or of all of them, built from
/// <see cref="DashboardService.ParticipationAsync"/>: the one derivation of who took part in what, and when.
/// </summary>
public sealed class MatrixService(DashboardService dashboard, AppDbContext db)
{
    /// <summary>The <c>fy</c> value that asks for FY2015–FY2020 together.</summary>
    public const string AllYears = "all";

    /// <summary>
    /// No <c>fy</c> (or "all") gives all years; a year of FY2015–FY2020 gives that year; anything else FY2020 with
    /// the refused text kept for the message.
    /// </summary>
    public static (int? FiscalYear, string? Refused) ParseFiscalYear(string? fy)
    {
        if (string.IsNullOrWhiteSpace(fy) || string.Equals(fy.Trim(), AllYears, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        return ParticipationRules.TryParseFiscalYear(fy, out var year) ? (year, null) : (ParticipationRules.LastFiscalYear, fy);
    }

    public async Task<ParticipationMatrix> MatrixAsync(int? fiscalYear, string? refusedFiscalYear, CancellationToken cancellationToken = default)
    {
        var prefectures = (await db.Prefectures.AsNoTracking()
                .Select(p => new { p.Code, NameJa = p.Name.Ja, NameEn = p.Name.En })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        var initiatives = (await db.Initiatives.AsNoTracking()
                .Select(i => new MatrixInitiative(i.Code, i.Title.Ja, i.Title.En))
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.Code, InitiativeCodeComparer.Instance)
            .ToList();

        var cells = await dashboard.ParticipationAsync(fiscalYear, cancellationToken: cancellationToken);
        var years = cells
            .Where(c => c.FiscalYear is >= ParticipationRules.FirstFiscalYear and <= ParticipationRules.LastFiscalYear)
            .ToLookup(c => (c.PrefectureCode, c.InitiativeCode), c => c.FiscalYear);

        var rows = prefectures
            .Select(p => new MatrixRow(p.Code, p.NameJa, p.NameEn, initiatives
                .Select(i => new MatrixCell(i.Code, years[(p.Code, i.Code)].Distinct().Order().ToArray()))
                .ToArray()))
            .ToArray();

        return new ParticipationMatrix(fiscalYear, refusedFiscalYear, ParticipationRules.FiscalYears, initiatives, rows);
    }
}
