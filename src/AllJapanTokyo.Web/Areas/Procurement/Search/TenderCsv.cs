using System.Globalization;
using System.Text;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Search;

public sealed record TenderCsvRow(
    string Reference,
    string Title,
    string BuyerNameJa,
    string? BuyerNameEn,
    TenderCategory Category,
    ProcurementMethod Method,
    LocalizedText DeliveryPrefecture,
    bool Nationwide,
    DateTime TenderStartUtc,
    DateTime TenderEndUtc,
    long? BudgetYen,
    TenderStatus Status,
    bool IsSynthetic);

/// <summary>
/// The tender list as CSV (see <see cref="Csv"/>) in the page's language, streamed row by row: the whole list of 50,000
/// tenders never sits in memory. Dates stay ISO (yyyy-MM-dd HH:mm, Japan time) and amounts plain numbers, for spreadsheets.
/// </summary>
public sealed class TenderCsvResult(IAsyncEnumerable<TenderCsvRow> rows, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var L = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
        var response = context.HttpContext.Response;
        response.ContentType = Csv.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        var cancellationToken = context.HttpContext.RequestAborted;

        await response.Body.WriteAsync(Csv.ByteOrderMark, cancellationToken);
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await WriteLineAsync(writer, Header(L));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteLineAsync(writer, Cells(L, row));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string[] Header(IStringLocalizer L) =>
    [
        L["案件番号"],
        L["件名"],
        L["発注者"],
        L["種別"],
        L["入札方式"],
        L["納入場所"],
        L["全国対象"],
        L["入札開始（日本時間）"],
        L["入札締切（日本時間）"],
        L["予定価格（円）"],
        L["状況"],
        L["架空データ"],
    ];

    private static string[] Cells(IStringLocalizer L, TenderCsvRow row) =>
    [
        row.Reference,
        row.Title,
        CommonText.Local(row.BuyerNameJa, row.BuyerNameEn),
        L.Of(row.Category),
        L.Of(row.Method),
        row.DeliveryPrefecture.Local(),
        YesNo(L, row.Nationwide),
        Display.JapanTimeSortable(row.TenderStartUtc),
        Display.JapanTimeSortable(row.TenderEndUtc),
        row.BudgetYen?.ToString(CultureInfo.InvariantCulture) ?? "",
        L.Of(row.Status),
        YesNo(L, row.IsSynthetic),
    ];

    private static string YesNo(IStringLocalizer L, bool value) => value ? L["はい"] : L["いいえ"];

    private static Task WriteLineAsync(StreamWriter writer, string[] cells) => writer.WriteAsync(Csv.Line(cells.Select(Csv.Text)));
}
