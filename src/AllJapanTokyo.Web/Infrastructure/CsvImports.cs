using System.Text;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>A line of an import that was refused, numbered as in the file (the header is line 1), with its problems.</summary>
public sealed record CsvImportLine<TProblem>(int Line, IReadOnlyList<TProblem> Problems);

/// <summary>
/// The one way the staff's CSV imports (shops, production regions, crafts…) read a file: the text from an uploaded file
/// (UTF-8, up to <see cref="MaxUploadBytes"/>) or the form's text box; the header must name exactly the form's columns,
/// every line is checked by the form's rules, and nothing is stored while any line is refused.
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

    /// <summary>
    /// Checks each line of <paramref name="text"/> with <paramref name="check"/> (which adds what passes to the unit of
    /// work and returns a line's problems); null when <see cref="Table"/> refuses the file. A line with too few or too
    /// many fields is refused with <paramref name="wrongFieldCount"/>.
    /// </summary>
    public static IReadOnlyList<CsvImportLine<TProblem>>? CheckLines<TProblem>(
        string text, IReadOnlyList<string> columns, int maxLines, TProblem wrongFieldCount, Func<CsvTable.CsvRow, IReadOnlyList<TProblem>> check)
    {
        if (Table(text, columns, maxLines) is not { } table)
        {
            return null;
        }

        var refused = new List<CsvImportLine<TProblem>>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            IReadOnlyList<TProblem> problems = row.FieldCount != columns.Count ? [wrongFieldCount] : check(row);
            if (problems.Count > 0)
            {
                refused.Add(new(i + 2, problems));
            }
        }

        return refused;
    }

    /// <summary>Stores the checked lines when every line passed and the staff asked to commit; forgets them otherwise. Whether it stored them.</summary>
    public static async Task<bool> CommitIfAcceptedAsync(AppDbContext db, bool accepted, bool commit, CancellationToken cancellationToken)
    {
        if (accepted && commit)
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        db.ChangeTracker.Clear();
        return false;
    }
}
