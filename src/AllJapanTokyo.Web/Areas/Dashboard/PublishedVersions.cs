using System.Data.Common;
using System.Globalization;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// Reads the versions of <see cref="PublishedDataStamp"/> (the published data's and the tenders', both rows in one
/// command) for many concurrent requests at once: a request never gets versions read before it arrived, but every
/// request that arrives while a read is under way shares the one read that starts right after it (as a database groups
/// commits). Each request still sees every change committed before it arrived, on any instance (ADR 0005), while a busy
/// instance reads the rows once per round trip instead of once per request, and a request that needs both versions (the
/// tender search) reads them together. Every stored-page hit waits for that read, so it skips EF altogether: on a
/// database server it keeps one connection and one prepared command of its own (no DbContext, no pool reset per read);
/// on SQLite (in process, no round trip to share) it runs the same command on a connection from Microsoft.Data.Sqlite's
/// pool, so that clearing the pool (a replaced database file) lets go of the file as it does for EF's connections.
/// </summary>
public sealed class PublishedVersions(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly SharedRead _stamps = new(scopes);

    /// <summary>
    /// Both versions (<see cref="PublishedData.CurrentVersionAsync"/>, <see cref="PublishedData.TendersVersionAsync"/>),
    /// read after this call began.
    /// </summary>
    public Task<DataVersions> ReadAsync() => _stamps.ReadAsync();

    /// <summary>The published-data version, read after this call began.</summary>
    public async Task<long> PublishedAsync() => (await _stamps.ReadAsync()).Published;

    public ValueTask DisposeAsync() => _stamps.DisposeAsync();

    private sealed class SharedRead(IServiceScopeFactory scopes) : IAsyncDisposable
    {
        private readonly Lock _lock = new();
        private TaskCompletionSource<DataVersions>? _running;
        private TaskCompletionSource<DataVersions>? _next;

        public Task<DataVersions> ReadAsync()
        {
            lock (_lock)
            {
                if (_running is null)
                {
                    _running = NewRead();
                    _ = Task.Run(() => RunAsync(_running));
                    return _running.Task;
                }

                // The read under way may have begun before this request arrived: wait for the one after it.
                _next ??= NewRead();
                return _next.Task;
            }
        }

        private static TaskCompletionSource<DataVersions> NewRead() => new(TaskCreationOptions.RunContinuationsAsynchronously);

        private async Task RunAsync(TaskCompletionSource<DataVersions> read)
        {
            while (true)
            {
                try
                {
                    read.SetResult(await ReadOnceAsync());
                }
                catch (Exception exception)
                {
                    read.SetException(exception);
                }

                lock (_lock)
                {
                    if (_next is null)
                    {
                        _running = null;
                        return;
                    }

                    (_running, _next) = (_next, null);
                    read = _running;
                }
            }
        }

        /// <summary>The kept command on a database server; null on SQLite or until the first read opens it.</summary>
        private DbCommand? _command;

        /// <summary>How the row is read, found by the first read.</summary>
        private RowRead? _read;

        private async Task<DataVersions> ReadOnceAsync()
        {
            var read = _read ??= await DescribeReadAsync();
            if (read.InProcess)
            {
                return await PooledReadAsync(read);
            }

            try
            {
                return await KeptReadAsync(read);
            }
            catch (DbException)
            {
                // A connection broken since the last read (the server restarted): one more try on a fresh one.
                await DropAsync();
                return await KeptReadAsync(read);
            }
        }

        private static async Task<DataVersions> PooledReadAsync(RowRead read)
        {
            await using var connection = read.Factory.CreateConnection()!;
            connection.ConnectionString = read.ConnectionString;
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = read.Sql;
            return await VersionsAsync(command);
        }

        private async Task<DataVersions> KeptReadAsync(RowRead read)
        {
            try
            {
                if (_command is null)
                {
                    var connection = read.Factory.CreateConnection()!;
                    connection.ConnectionString = read.ConnectionString;
                    try
                    {
                        await connection.OpenAsync();
                        var command = connection.CreateCommand();
                        command.CommandText = read.Sql;
                        await command.PrepareAsync();
                        _command = command;
                    }
                    catch
                    {
                        await connection.DisposeAsync();
                        throw;
                    }
                }

                return await VersionsAsync(_command);
            }
            catch
            {
                await DropAsync();
                throw;
            }
        }

        /// <summary>Both rows; a stamp not written yet counts as version 0.</summary>
        private static async Task<DataVersions> VersionsAsync(DbCommand command)
        {
            long published = 0, tenders = 0;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var version = reader.IsDBNull(1) ? 0 : Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
                if (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture) == PublishedDataStamp.TendersId)
                {
                    tenders = version;
                }
                else
                {
                    published = version;
                }
            }

            return new DataVersions(published, tenders);
        }

        /// <summary>The provider, the connection string and the two-row command, named as EF's model maps them.</summary>
        private async Task<RowRead> DescribeReadAsync()
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entity = db.Model.FindEntityType(typeof(PublishedDataStamp)) ?? throw new InvalidOperationException("PublishedDataStamp is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
            var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection()) ?? throw new InvalidOperationException("The database connection names no provider factory.");
            var ids = string.Join(", ", new[] { PublishedDataStamp.SingletonId, PublishedDataStamp.TendersId }.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            var command = $"SELECT {Column(nameof(PublishedDataStamp.Id))}, {Column(nameof(PublishedDataStamp.Version))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {Column(nameof(PublishedDataStamp.Id))} IN ({ids})";
            return new RowRead(factory, db.Database.GetConnectionString()!, command, db.Database.IsSqlite());
        }

        private async Task DropAsync()
        {
            if (_command is { } command)
            {
                _command = null;
                var connection = command.Connection;
                await command.DisposeAsync();
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
            }
        }

        /// <summary>The provider's factory, the connection string, the two-row command, and whether the database is in process (SQLite).</summary>
        private sealed record RowRead(DbProviderFactory Factory, string ConnectionString, string Sql, bool InProcess);

        public async ValueTask DisposeAsync()
        {
            // Reads run one at a time; at shutdown none is waited for.
            await DropAsync();
        }
    }
}

/// <summary>The published data's version and the tenders' (<see cref="PublishedDataStamp"/>), read together.</summary>
public readonly record struct DataVersions(long Published, long Tenders);
