using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// Lets SQLite itself wait for the writer. Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping 150 ms before it
/// retries (it dropped sqlite3_busy_timeout), so two requests writing at once cost the second one 150 ms or more.
/// With <c>PRAGMA busy_timeout</c> SQLite's own handler retries within a few milliseconds instead, for every writer
/// (bids, reporting saves, alert deliveries) rather than for one service at a time.
/// </summary>
internal sealed class SqliteBusyTimeout(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragma(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragma(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is a constant pragma and an integer, not user input.
        command.CommandText = $"PRAGMA busy_timeout = {milliseconds};";
#pragma warning restore CA2100
        return command;
    }
}
