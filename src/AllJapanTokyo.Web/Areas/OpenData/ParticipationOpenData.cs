using System.Globalization;
using System.Text.Json;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>
/// One cell of the participation matrix: prefecture P took part in measure M in fiscal year Y, and the kinds of record
/// that say so (participation_record, reported_figure, hosted_event, tourism_partnership …).
/// </summary>
public sealed record ApiParticipation(string PrefectureCode, string MeasureCode, int FiscalYear, IReadOnlyList<string> Sources);

/// <summary>The filters of the participation list; each null when not given.</summary>
public sealed record ApiParticipationFilter(int? FiscalYear, string? MeasureCode, string? PrefectureCode);

/// <summary>
/// The participation matrix (prefecture × measure × fiscal year) of the open-data API: the dashboard's own derivation
/// (<see cref="ParticipationService"/>), so that the API and the matrix page can never disagree.
/// </summary>
public sealed class ParticipationOpenData(ParticipationService participation)
{
    /// <summary>The cells by prefecture code, measure (report order) and fiscal year, after the cell keyed <paramref name="afterKey"/>; null when no cell has that key.</summary>
    public async Task<ApiPage<ApiParticipation>?> CellsAsync(ApiParticipationFilter filter, string? afterKey, int limit, CancellationToken cancellationToken)
    {
        var cells = await participation.ParticipationAsync(filter.FiscalYear, filter.PrefectureCode, filter.MeasureCode, cancellationToken);
        var all = cells
            .OrderBy(c => c.PrefectureCode, StringComparer.Ordinal)
            .ThenBy(c => c.InitiativeCode, InitiativeCodeComparer.Instance)
            .ThenBy(c => c.FiscalYear)
            .Select(c => new ApiParticipation(c.PrefectureCode, c.InitiativeCode, c.FiscalYear, SourceCodes(c.Sources)))
            .ToList();
        return ApiPaging.After(all, Key, afterKey, limit);
    }

    /// <summary>The kinds of record behind a cell as the API names them, once each, in order: participation_record, reported_figure ….</summary>
    public static IReadOnlyList<string> SourceCodes(IEnumerable<ParticipationSource> sources) =>
        sources.Distinct().Select(s => JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString())).Order(StringComparer.Ordinal).ToList();

    /// <summary>The cursor of a cell: "13:2-6:2020".</summary>
    public static string Key(ApiParticipation cell) =>
        string.Create(CultureInfo.InvariantCulture, $"{cell.PrefectureCode}:{cell.MeasureCode}:{cell.FiscalYear}");
}
