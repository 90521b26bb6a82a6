using System.Text;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// A small RFC 4180 reader for the seed tables: a header line, quoted fields that may hold commas,
/// doubled quotes and line breaks. Rows are read by column name.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        Rows = rows.Select(r => new CsvRow(this, r)).ToList();
    }

    public IReadOnlyList<CsvRow> Rows { get; }

    public IReadOnlyCollection<string> Columns => _columns.Keys;

    public static CsvTable Parse(string text)
    {
        var records = ReadRecords(text.TrimStart('\uFEFF')).Where(r => r.Length > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0)
        {
            throw new FormatException("The CSV is empty.");
        }

        return new CsvTable(records[0], records.Skip(1).ToList());
    }

    public static IEnumerable<string[]> ReadRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    public sealed class CsvRow(CsvTable table, string[] fields)
    {
        /// <summary>How many fields the line has: more than the header where a comma was left unquoted.</summary>
        public int FieldCount => fields.Length;

        /// <summary>The trimmed field, or "" where the row is shorter than the header.</summary>
        public string this[string column]
        {
            get
            {
                if (!table._columns.TryGetValue(column, out var index))
                {
                    throw new KeyNotFoundException($"CSV column '{column}' is missing.");
                }

                return index < fields.Length ? fields[index].Trim() : "";
            }
        }

        public string? Optional(string column) => this[column] is { Length: > 0 } value ? value : null;

        public int? OptionalInt(string column) => Optional(column) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;

        public int Number(string column) => int.Parse(this[column], System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The columns <c>{name}_ja</c>, <c>{name}_en</c>, <c>{name}_zh_hans</c> and <c>{name}_ko</c> (the last two may be absent).</summary>
        public Domain.Common.LocalizedText Text(string name) => new(
            this[name + "_ja"],
            this[name + "_en"],
            table._columns.ContainsKey(name + "_zh_hans") ? Optional(name + "_zh_hans") : null,
            table._columns.ContainsKey(name + "_ko") ? Optional(name + "_ko") : null);

        /// <summary>"43;15;22" → ["43", "15", "22"].</summary>
        public IReadOnlyList<string> Codes(string column) =>
            this[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
