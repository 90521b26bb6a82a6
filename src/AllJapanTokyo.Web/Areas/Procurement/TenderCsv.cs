using System.Globalization;
using System.Text;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Procurement;

public sealed record TenderCsvRow(
    string Reference,
    string Title,
    string BuyerName,
    TenderCategory Category,
    ProcurementMethod Method,
    string DeliveryPrefecture,
    bool Nationwide,
    DateTime TenderStartUtc,
    DateTime TenderEndUtc,
    long? BudgetYen,
    TenderStatus Status,
    bool IsSynthetic);

/// <summary>
/// The tender list as CSV (see <see cref="Csv"/>), streamed row by row: the whole list of 50,000 tenders never sits in memory.
/// </summary>
public sealed class TenderCsvResult(IAsyncEnumerable<TenderCsvRow> rows, string fileName) : IActionResult
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = Csv.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        var cancellationToken = context.HttpContext.RequestAborted;

        await response.Body.WriteAsync(Csv.ByteOrderMark, cancellationToken);
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await WriteLineAsync(writer, Header());
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteLineAsync(writer, Cells(row));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string[] Header() => Display.IsEnglish
        ? ["Reference", "Title", "Buyer", "Category", "Method", "Delivery prefecture", "Nationwide", "Bids open (JST)", "Deadline (JST)", "Budget (JPY)", "Status", "Synthetic data"]
        : ["案件番号", "件名", "発注者", "種別", "入札方式", "納入場所", "全国対象", "入札開始（日本時間）", "入札締切（日本時間）", "予定価格（円）", "状況", "架空データ"];

    private static string[] Cells(TenderCsvRow row) =>
    [
        row.Reference,
        row.Title,
        row.BuyerName,
        row.Category.Text(),
        row.Method.Text(),
        row.DeliveryPrefecture,
        YesNo(row.Nationwide),
        JapanTime(row.TenderStartUtc),
        JapanTime(row.TenderEndUtc),
        row.BudgetYen?.ToString(CultureInfo.InvariantCulture) ?? "",
        row.Status.Text(),
        YesNo(row.IsSynthetic),
    ];

    private static string YesNo(bool value) => Display.IsEnglish ? (value ? "yes" : "no") : (value ? "はい" : "いいえ");

    private static string JapanTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Tokyo).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Task WriteLineAsync(StreamWriter writer, string[] cells) => writer.WriteAsync(Csv.Line(cells.Select(Csv.Text)));
}
