using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>The applications of an event as the organiser downloads them (CSV and xlsx from the same rows).</summary>
public static class ExhibitorExport
{
    public static IReadOnlyList<string> Header(IStringLocalizer L) =>
    [
        L["申込番号"], L["企業名"], L["都道府県コード"], L["都道府県"], L["出展する製品・サービス"], L["小間区分"], L["状況"], L["小間番号"], L["オンライン出展"],
    ];

    public static IEnumerable<object?[]> Rows(IReadOnlyList<ApplicationRow> rows, IStringLocalizer L) =>
        rows.Select(r => new object?[]
        {
            r.Id, r.EnterpriseNameJa, r.Prefecture.Code, r.Prefecture.Name.Local(), r.ProductsJa, r.CategoryNameJa, L.Of(r.Status).Value, r.BoothLabel,
            r.IsOnline ? L["はい"].Value : null,
        }).ToList();
}
