using System.Text;
using AllJapanTokyo.Infrastructure.Seed;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// What the staff's CSV imports share: the text from an uploaded file (UTF-8, up to <see cref="MaxUploadBytes"/>) or
/// from the form's text box, and the table only when its header is the expected columns and its lines not too many.
/// </summary>
public static class CsvImports
{
    public const int MaxUploadBytes = 1024 * 1024;

    /// <summary>The uploaded file's text when one was sent, else the pasted text.</summary>
    public static async Task<string> TextAsync(IFormFile? file, string? text, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 and <= MaxUploadBytes })
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return await reader.ReadToEndAsync(cancellationToken);
        }

        return text ?? "";
    }

    /// <summary>The table, or null when the text is not CSV, its header is not <paramref name="columns"/>, or it has more than <paramref name="maxLines"/> lines.</summary>
    public static CsvTable? Table(string text, IReadOnlyList<string> columns, int maxLines)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }

        return table.Columns.SequenceEqual(columns, StringComparer.Ordinal) && table.Rows.Count <= maxLines ? table : null;
    }
}
