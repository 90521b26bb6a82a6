using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Transfer;

/// <summary>The values of a fiscal year's reports in the import/export columns, and the import template.</summary>
public sealed class ExportService(AppDbContext db)
{
    public static readonly IReadOnlyList<string> Columns = ["prefecture_code", "initiative", "fiscal_year", "indicator", "format", "value", "qualifier", "status", "comment"];

    /// <summary>The format column of the online part of a split figure; empty for the figure itself.</summary>
    public const string OnlineFormat = "online";

    /// <summary>The values of the FY's prefecture reports the actor may read, in the import/export columns.</summary>
    public async Task<List<object?[]>> ExportRowsAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        var query = db.IndicatorValues.AsNoTracking().Where(v => !v.IsSynthetic && v.FiscalYear == fiscalYear && v.PrefectureCode != null);
        if (!actor.ReadsAll)
        {
            var own = actor.PrefectureCode ?? "--";
            query = query.Where(v => v.PrefectureCode == own);
        }

        var values = await query
            .OrderBy(v => v.PrefectureCode).ThenBy(v => v.InitiativeCode).ThenBy(v => v.IndicatorCode).ThenBy(v => v.Format)
            .Select(v => new { v.PrefectureCode, v.InitiativeCode, v.FiscalYear, v.IndicatorCode, v.Format, v.Value, v.Qualifier, v.ActivityStatus, v.NoteJa })
            .ToListAsync(cancellationToken);
        return values.Select(v => new object?[]
        {
            v.PrefectureCode,
            v.InitiativeCode,
            v.FiscalYear,
            v.IndicatorCode,
            v.Format == EventFormat.Online ? OnlineFormat : "",
            v.ActivityStatus.DidNotTakePlace() ? null : v.Value,
            v.Qualifier.ToCode(),
            v.ActivityStatus?.ToCode() ?? "",
            v.NoteJa ?? "",
        }).ToList();
    }

    /// <summary>A template: one line per field of every report of the FY the actor may write, with what is stored.</summary>
    public async Task<List<object?[]>> TemplateRowsAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        var reports = db.ReportSubmissions.AsNoTracking().Where(s => s.FiscalYear == fiscalYear);
        if (!actor.ReadsAll)
        {
            var own = actor.PrefectureCode ?? "--";
            reports = reports.Where(s => s.PrefectureCode == own);
        }

        var lines = await reports
            .Join(db.FormIndicators, s => s.InitiativeCode, f => f.InitiativeCode, (s, f) => new { s.PrefectureCode, s.InitiativeCode, s.ActivityStatus, f.IndicatorCode, f.SortOrder, f.SplitByFormat })
            .OrderBy(x => x.PrefectureCode).ThenBy(x => x.InitiativeCode).ThenBy(x => x.SortOrder)
            .ToListAsync(cancellationToken);
        var stored = (await ExportRowsAsync(fiscalYear, actor, cancellationToken))
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!, (string)r[3]!, (string)r[4]!));
        var rows = new List<object?[]>();
        foreach (var line in lines)
        {
            foreach (var format in line.SplitByFormat ? new[] { "", OnlineFormat } : [""])
            {
                rows.Add(stored.TryGetValue((line.PrefectureCode, line.InitiativeCode, line.IndicatorCode, format), out var row)
                    ? row
                    : [line.PrefectureCode, line.InitiativeCode, fiscalYear, line.IndicatorCode, format, null, "", line.ActivityStatus?.ToCode() ?? "", ""]);
            }
        }

        return rows;
    }
}
