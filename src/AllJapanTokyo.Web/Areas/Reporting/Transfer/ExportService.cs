using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Transfer;

/// <summary>The columns of an export and its lines.</summary>
public sealed record ExportTable(IReadOnlyList<string> Columns, List<object?[]> Rows);

/// <summary>
/// The values of a fiscal year's reports in the import/export columns, and the import template. Demonstration values
/// (synthetic, never programme facts) are exported too, each marked 架空 in a last column that only such a file has;
/// the import reads a file with or without it.
/// </summary>
public sealed class ExportService(AppDbContext db)
{
    public static readonly IReadOnlyList<string> Columns = ["prefecture_code", "initiative", "fiscal_year", "indicator", "format", "value", "qualifier", "status", "comment"];

    /// <summary>The columns of a file that holds demonstration values: the same, and the mark.</summary>
    public static readonly IReadOnlyList<string> ColumnsWithSyntheticMark = [.. Columns, "synthetic"];

    /// <summary>What the last column says of a demonstration value.</summary>
    public const string SyntheticMark = "架空";

    /// <summary>The format column of the online part of a split figure; empty for the figure itself.</summary>
    public const string OnlineFormat = "online";

    /// <summary>The values of the FY's prefecture reports the actor may read, in the import/export columns.</summary>
    public async Task<ExportTable> ExportAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        var values = await StoredAsync(fiscalYear, actor, cancellationToken);
        return Marked(values.Select(v => (v.Synthetic, v.Row)).ToList());
    }

    private async Task<List<(bool Synthetic, object?[] Row)>> StoredAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        var query = db.IndicatorValues.AsNoTracking().Where(v => v.FiscalYear == fiscalYear && v.PrefectureCode != null);
        if (!actor.ReadsAll)
        {
            var own = actor.PrefectureCode ?? "--";
            query = query.Where(v => v.PrefectureCode == own);
        }

        var values = await query
            .OrderBy(v => v.PrefectureCode).ThenBy(v => v.InitiativeCode).ThenBy(v => v.IndicatorCode).ThenBy(v => v.Format)
            .Select(v => new { v.PrefectureCode, v.InitiativeCode, v.FiscalYear, v.IndicatorCode, v.Format, v.Value, v.Qualifier, v.ActivityStatus, v.NoteJa, v.IsSynthetic })
            .ToListAsync(cancellationToken);
        return values.Select(v => (v.IsSynthetic, new object?[]
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
        })).ToList();
    }

    /// <summary>The lines as they are, or with the mark column when any of them is a demonstration value.</summary>
    private static ExportTable Marked(List<(bool Synthetic, object?[] Row)> lines) =>
        lines.Exists(line => line.Synthetic)
            ? new ExportTable(ColumnsWithSyntheticMark, lines.Select(line => (object?[])[.. line.Row, line.Synthetic ? SyntheticMark : ""]).ToList())
            : new ExportTable(Columns, lines.Select(line => line.Row).ToList());

    /// <summary>A template: one line per field of every report of the FY the actor may write, with what is stored.</summary>
    public async Task<ExportTable> TemplateAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
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
        var stored = (await StoredAsync(fiscalYear, actor, cancellationToken))
            .ToDictionary(r => ((string)r.Row[0]!, (string)r.Row[1]!, (string)r.Row[3]!, (string)r.Row[4]!));
        var rows = new List<(bool Synthetic, object?[] Row)>();
        foreach (var line in lines)
        {
            foreach (var format in line.SplitByFormat ? new[] { "", OnlineFormat } : [""])
            {
                rows.Add(stored.TryGetValue((line.PrefectureCode, line.InitiativeCode, line.IndicatorCode, format), out var row)
                    ? row
                    : (false, [line.PrefectureCode, line.InitiativeCode, fiscalYear, line.IndicatorCode, format, null, "", line.ActivityStatus?.ToCode() ?? "", ""]));
            }
        }

        return Marked(rows);
    }
}
