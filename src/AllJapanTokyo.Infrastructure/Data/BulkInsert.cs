using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// Inserts many rows of one entity type with a single prepared INSERT, bypassing the change tracker.
/// Columns, conversions (enums as text, UTC dates, GUIDs) and parameter types come from the EF model, so the same
/// code writes SQLite, PostgreSQL and SQL Server. Used for the load-test volume, where EF's per-entity tracking
/// would take minutes. Database-generated keys are left to the database.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(this AppDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd) && p.PropertyInfo is not null)
            .ToList();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using DbCommand command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var parameters = string.Join(", ", properties.Select((_, i) => "@p" + i));
        var schema = table.Schema is null ? "" : Quote(table.Schema) + ".";
        command.CommandText = $"INSERT INTO {schema}{Quote(table.Name)} ({columns}) VALUES ({parameters})";

        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < properties.Count; i++)
            {
                var value = properties[i].PropertyInfo!.GetValue(row);
                command.Parameters.Add(mappings[i].CreateParameter(command, "@p" + i, value, properties[i].IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>ANSI double quotes: SQLite, PostgreSQL and SQL Server (QUOTED_IDENTIFIER ON, its default) all accept them.</summary>
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
