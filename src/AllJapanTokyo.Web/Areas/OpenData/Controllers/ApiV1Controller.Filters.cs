using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>The parameters the lists share: an id cursor, a fiscal year and a measure code.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>The id a cursor names (null when none is given), or the 400 answer to a cursor that is no id.</summary>
    private (int? AfterId, ObjectResult? Problem) IdCursor(string? cursor) =>
        cursor is null ? (null, null)
        : int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? (after, null)
        : (null, CursorProblem());

    /// <summary>The 400 answer to a prefecture code that is not a JIS code 01 to 47, or null when it is one or none is given.</summary>
    private ObjectResult? PrefectureCodeProblem(string? code) =>
        code is null || Domain.Prefectures.Prefecture.IsValidCode(code)
            ? null
            : Problem400(language => L.In(language, "都道府県コードは01から47までの2桁の数字（JIS X 0401）で指定してください。"));

    /// <summary>The 400 answer to a synthetic value other than include or exclude, or null when it is one of them or none is given.</summary>
    private ObjectResult? SyntheticProblem(string? synthetic) =>
        synthetic is null or "include" or "exclude" ? null : BadParameter("synthetic", synthetic);

    /// <summary>The fiscal year asked for (null when none), or the 400 answer to a bad year or measure code.</summary>
    private (int? FiscalYear, ObjectResult? Problem) YearAndMeasure(string? fy, string? measure)
    {
        int? year = null;
        if (fy is not null)
        {
            if (fy.Length != 4 || !int.TryParse(fy, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return (null, BadParameter("fy", fy));
            }

            year = parsed;
        }

        return measure is not null && !MeasureCode().IsMatch(measure) ? (null, MeasureCodeProblem()) : (year, null);
    }
}
