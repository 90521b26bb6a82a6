using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// Lets SQLite itself wait for the writer. Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping 150 ms before it
/// retries (it dropped sqlite3_busy_timeout), so two requests writing at once cost the second one 150 ms or more.
/// With SQLite's busy timeout its own handler retries within milliseconds instead, for every writer (bids, reporting
/// saves, alert deliveries) rather than for one service at a time. Writers that queue in the process first
/// (WriteTransactions.cs) rarely get here. Set on the native handle, not with a PRAGMA command: EF opens a pooled
/// connection for every query, and a PRAGMA would add one statement to each.
/// </summary>
internal sealed class SqliteBusyTimeout(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private void Set(DbConnection connection) => SQLitePCL.raw.sqlite3_busy_timeout(((SqliteConnection)connection).Handle, milliseconds);
}
