using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Dashboard.Models;

namespace AllJapanTokyo.Web.Areas.Dashboard.Participation;

/// <summary>
/// The rules that turn the programme's records into "prefecture P took part in initiative I in fiscal year Y",
/// as pure functions over lists so that they can be tested without a database. <see cref="ParticipationService.ParticipationAsync"/>
/// reads the records and hands them here.
/// </summary>
public static class ParticipationRules
{
    /// <summary>The first fiscal year the dashboard offers (平成27年度, the project's first year).</summary>
    public const int FirstFiscalYear = 2015;

    /// <summary>The last fiscal year the programme data covers (令和2年度); also the year of the undated facts below.</summary>
    public const int LastFiscalYear = ProgrammeDataSeeder.ReportedThroughFiscalYear;

    /// <summary>Fund investees belong to 2-6 (中小企業連携促進ファンド).</summary>
    public const string FundInitiativeCode = "2-6";

    /// <summary>Craft collaboration products belong to 2-2 (「東京手仕事」プロジェクト) unless their programme names another initiative.</summary>
    public const string CraftInitiativeCode = "2-2";

    /// <summary>FY2015 … FY2020, in order.</summary>
    public static IReadOnlyList<int> FiscalYears { get; } = Enumerable.Range(FirstFiscalYear, LastFiscalYear - FirstFiscalYear + 1).ToArray();

    /// <summary>
    /// Reads the <c>fy</c> of a query string ("2020" or "FY2020"). Empty means the latest year; anything else outside
    /// FY2015–FY2020 is refused (the caller shows a message and the latest year).
    /// </summary>
    public static bool TryParseFiscalYear(string? text, out int fiscalYear)
    {
        fiscalYear = LastFiscalYear;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (FiscalYear.TryParse(text, out var parsed) && parsed.StartYear is >= FirstFiscalYear and <= LastFiscalYear)
        {
            fiscalYear = parsed.StartYear;
            return true;
        }

        return false;
    }

    /// <summary>"18", "1" and "01" are prefecture codes ("18", "01", "01"); "48", "abc" and "001" are not.</summary>
    public static bool TryNormalizePrefectureCode(string? text, out string code)
    {
        code = "";
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 1)
        {
            trimmed = "0" + trimmed;
        }

        if (!Prefecture.IsValidCode(trimmed))
        {
            return false;
        }

        code = trimmed;
        return true;
    }

    /// <summary>The fiscal years a partnership ran, from its first year to its last (or to <see cref="LastFiscalYear"/> while it still runs).</summary>
    public static IEnumerable<int> ActiveYears(int sinceFiscalYear, int? untilFiscalYear)
    {
        var last = Math.Min(untilFiscalYear ?? LastFiscalYear, LastFiscalYear);
        for (var year = sinceFiscalYear; year <= last; year++)
        {
            yield return year;
        }
    }

    /// <summary>A tourism partnership is each of its prefectures' part in the initiative in every year it ran.</summary>
    public static IEnumerable<ParticipationFact> FromPartnership(string initiativeCode, int sinceFiscalYear, int? untilFiscalYear, IEnumerable<string> prefectureCodes) =>
        ActiveYears(sinceFiscalYear, untilFiscalYear)
            .SelectMany(year => prefectureCodes.Select(code => new ParticipationFact(code, initiativeCode, year, ParticipationSource.TourismPartnership)));

    /// <summary>
    /// A fund investee is its prefecture's part in 2-6. The report lists the investees as of FY2020 without the year of
    /// each investment, so they count in the report's year (as the seed data's participation records do).
    /// </summary>
    public static ParticipationFact FromFundInvestment(string prefectureCode) =>
        new(prefectureCode, FundInitiativeCode, LastFiscalYear, ParticipationSource.FundInvestment);

    /// <summary>
    /// A craft collaboration product is the partner prefecture's part in the initiative whose programme made it
    /// (「東京手仕事」プロジェクト, 2-2). The report shows the products as examples without their year, so they count in
    /// the report's year, FY2020, like the fund investees.
    /// </summary>
    public static ParticipationFact FromCraftCollaboration(string partnerPrefectureCode, string programmeJa, IReadOnlyDictionary<string, string> initiativeByProgramme) =>
        new(partnerPrefectureCode, initiativeByProgramme.TryGetValue(programmeJa, out var code) ? code : CraftInitiativeCode, LastFiscalYear, ParticipationSource.CraftCollaboration);

    /// <summary>
    /// Merges the evidence into cells: one per prefecture × initiative × fiscal year, with its sources. Tokyo is left
    /// out (it runs every initiative; the matrix is about the other 46 prefectures working with Tokyo), and so are
    /// codes that name no prefecture. Ordered by fiscal year, prefecture code and initiative.
    /// </summary>
    public static IReadOnlyList<ParticipationCell> Combine(IEnumerable<ParticipationFact> facts) =>
        facts
            .Where(f => Prefecture.IsValidCode(f.PrefectureCode) && f.PrefectureCode != Prefecture.TokyoCode)
            .GroupBy(f => (f.PrefectureCode, f.InitiativeCode, f.FiscalYear))
            .Select(g => new ParticipationCell(g.Key.PrefectureCode, g.Key.InitiativeCode, g.Key.FiscalYear, g.Select(f => f.Source).Distinct().Order().ToArray()))
            .OrderBy(c => c.FiscalYear)
            .ThenBy(c => c.PrefectureCode, StringComparer.Ordinal)
            .ThenBy(c => c.InitiativeCode, InitiativeCodeComparer.Instance)
            .ToList();

    /// <summary>For each prefecture code, the initiatives it took part in (in initiative order); prefectures without any are absent.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> InitiativesByPrefecture(IEnumerable<ParticipationCell> cells) =>
        cells
            .GroupBy(c => c.PrefectureCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(c => c.InitiativeCode).Distinct().Order(InitiativeCodeComparer.Instance).ToArray(),
                StringComparer.Ordinal);
}

/// <summary>Orders initiative codes as the report does: "2-9" before "2-10", chapter first.</summary>
public sealed class InitiativeCodeComparer : IComparer<string>
{
    public static readonly InitiativeCodeComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var (xChapter, xNumber) = Parts(x);
        var (yChapter, yNumber) = Parts(y);
        var byChapter = xChapter.CompareTo(yChapter);
        if (byChapter != 0)
        {
            return byChapter;
        }

        var byNumber = xNumber.CompareTo(yNumber);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    private static (int Chapter, int Number) Parts(string? code)
    {
        var parts = (code ?? "").Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var chapter)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (chapter, number)
            : (int.MaxValue, int.MaxValue);
    }
}
