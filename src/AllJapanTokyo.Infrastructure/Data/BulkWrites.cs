using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// Writes of many rows of one entity type, bypassing the change tracker: multi-row INSERTs, and UPDATEs that set each
/// row's own values by its key (<c>CASE key WHEN … THEN … END</c>), as many rows per statement as suits the provider.
/// Tables, columns, conversions (enums as text, UTC dates, GUIDs, decimals) and parameter types come from the EF
/// model, and the SQL is what SQLite, PostgreSQL and SQL Server all accept, so the same code writes every provider
/// (inserts on PostgreSQL go through COPY instead).
/// Used where EF's per-entity tracking and per-row statements cost more than the work: the load-test volume, and the
/// reporting form's save and import (40 values and 40 audit rows per save: EF spent three quarters of a save's
/// server time in SaveChanges, mostly building and tracking its 81 commands).
/// Writes join the context's current transaction; database-generated keys are left to the database.
/// </summary>
public static class BulkWrites
{
    /// <summary>SQL Server takes at most 2,100 parameters per command; staying under it serves all three providers.</summary>
    private const int MaxParametersPerStatement = 2000;

    public static async Task InsertAsync<T>(this AppDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var table = Table<T>(db, out var entityType);
        var columns = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd) && p.PropertyInfo is not null)
            .Select(p => new Column(p, table))
            .ToList();
        var columnList = string.Join(", ", columns.Select(c => c.QuotedName));
        var head = $"INSERT INTO {Name(table)} ({columnList}) VALUES ";
        await using var command = await CommandAsync(db, cancellationToken);
        if (command.Connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, $"COPY {Name(table)} ({columnList}) FROM STDIN (FORMAT BINARY)", columns, rows, cancellationToken);
            return;
        }

        foreach (var chunk in rows.Chunk(RowsPerStatement(db, columns.Count)))
        {
            command.Parameters.Clear();
            var sql = new StringBuilder(head);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append(columns[c].Parameter(command, chunk[r]));
                }

                sql.Append(')');
            }

            await ExecuteAsync(command, sql.ToString(), cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL takes many rows fastest as one COPY in its binary format (Npgsql's binary import): no SQL text to build
    /// and parse, no parameters; it joins the connection's transaction like any command (the large volume's first load:
    /// bench/README.md, "PostgreSQL's first start").
    /// </summary>
    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IReadOnlyList<Column> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        await using var import = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await import.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await column.WriteAsync(import, row, cancellationToken);
            }
        }

        await import.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the named properties of each row to the row with its key.
    /// Returns the number of rows the database updated (fewer than given when some no longer exist).
    /// </summary>
    public static async Task<int> UpdateAsync<T>(this AppDbContext db, IReadOnlyCollection<T> rows, IReadOnlyList<string> propertyNames, CancellationToken cancellationToken = default)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var table = Table<T>(db, out var entityType);
        var keyProperty = entityType.FindPrimaryKey() is { Properties: [var single] } ? single
            : throw new InvalidOperationException($"{typeof(T).Name} needs a single-column key for a set-based update.");
        var key = new Column(keyProperty, table);
        var columns = propertyNames
            .Select(name => new Column(entityType.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {name}."), table))
            .ToList();
        var updated = 0;
        await using var command = await CommandAsync(db, cancellationToken);
        foreach (var chunk in rows.Chunk(RowsPerStatement(db, columns.Count + 1)))
        {
            command.Parameters.Clear();
            var keys = chunk.Select(row => key.Parameter(command, row)).ToList();
            var sql = new StringBuilder($"UPDATE {Name(table)} SET ");
            for (var c = 0; c < columns.Count; c++)
            {
                sql.Append(c == 0 ? "" : ", ").Append(columns[c].QuotedName).Append(" = CASE ").Append(key.QuotedName);
                for (var r = 0; r < chunk.Length; r++)
                {
                    sql.Append(" WHEN ").Append(keys[r]).Append(" THEN ").Append(columns[c].Parameter(command, chunk[r]));
                }

                sql.Append(" END");
            }

            sql.Append(" WHERE ").Append(key.QuotedName).Append(" IN (").AppendJoin(", ", keys).Append(')');
            updated += await ExecuteAsync(command, sql.ToString(), cancellationToken);
        }

        return updated;
    }

    /// <summary>
    /// Microsoft.Data.Sqlite binds every parameter by name, and SQLite finds a name by a linear search of the statement's
    /// names: a statement of n parameters costs n² string comparisons (a 480-parameter INSERT of 40 audit rows spent
    /// most of its time there). A SQLite statement costs no round trip, so there one row per statement, prepared once
    /// and re-run, is cheapest; PostgreSQL and SQL Server get as many rows per statement as 2,000 parameters allow.
    /// </summary>
    private static int RowsPerStatement(AppDbContext db, int parametersPerRow) =>
        db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParametersPerStatement / parametersPerRow);

    /// <summary>Runs the statement; the text of equal-sized chunks is equal, so the command keeps its prepared statement.</summary>
    private static Task<int> ExecuteAsync(DbCommand command, string sql, CancellationToken cancellationToken)
    {
        if (!string.Equals(command.CommandText, sql, StringComparison.Ordinal))
        {
            command.CommandText = sql;
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoreObjectIdentifier Table<T>(AppDbContext db, out IEntityType entityType)
    {
        entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        return StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
    }

    private static async Task<DbCommand> CommandAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static string Name(StoreObjectIdentifier table) =>
        (table.Schema is null ? "" : Quote(table.Schema) + ".") + Quote(table.Name);

    /// <summary>ANSI double quotes: SQLite, PostgreSQL and SQL Server (QUOTED_IDENTIFIER ON, its default) all accept them.</summary>
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>One mapped property: its quoted column name, and a parameter holding a row's value converted as the model says.</summary>
    private sealed class Column(IProperty property, StoreObjectIdentifier table)
    {
        private readonly RelationalTypeMapping mapping = (RelationalTypeMapping)property.GetTypeMapping();

        public string QuotedName { get; } = Quote(property.GetColumnName(table)!);

        /// <summary>Adds the row's value as the command's next parameter and returns its placeholder.</summary>
        public string Parameter(DbCommand command, object row)
        {
            var name = "@p" + command.Parameters.Count;
            command.Parameters.Add(mapping.CreateParameter(command, name, property.PropertyInfo!.GetValue(row), property.IsNullable));
            return name;
        }

        /// <summary>Writes the row's value, converted as the model says, as the column's next field of a COPY.</summary>
        public Task WriteAsync(NpgsqlBinaryImporter import, object row, CancellationToken cancellationToken)
        {
            var value = property.PropertyInfo!.GetValue(row);
            if (value is not null && mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            return value is null ? import.WriteNullAsync(cancellationToken) : import.WriteAsync(value, mapping.StoreTypeNameBase, cancellationToken);
        }
    }
}
