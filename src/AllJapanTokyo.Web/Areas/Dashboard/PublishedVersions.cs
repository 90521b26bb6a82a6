using System.Data.Common;
using System.Globalization;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// Reads the versions of <see cref="PublishedDataStamp"/> (the published data's, the tenders') for many concurrent
/// requests at once: a request never gets a version read before it arrived, but every request that arrives while a read
/// is under way shares the one read that starts right after it (as a database groups commits). Each request still sees
/// every change committed before it arrived, on any instance (ADR 0005), while a busy instance reads the row once per
/// round trip instead of once per request. On a database server every stored-page hit waits for that round trip, so
/// there the read keeps one connection and one prepared command of its own (no DbContext, no pool reset per read); SQLite
/// reads in process and goes through EF as before.
/// </summary>
public sealed class PublishedVersions(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly SharedRead _published = new(scopes, PublishedDataStamp.SingletonId);
    private readonly SharedRead _tenders = new(scopes, PublishedDataStamp.TendersId);

    /// <summary>The published-data version (<see cref="PublishedData.CurrentVersionAsync"/>), read after this call began.</summary>
    public Task<long> PublishedAsync() => _published.ReadAsync();

    /// <summary>The tenders' version (<see cref="PublishedData.TendersVersionAsync"/>), read after this call began.</summary>
    public Task<long> TendersAsync() => _tenders.ReadAsync();

    public async ValueTask DisposeAsync()
    {
        await _published.DisposeAsync();
        await _tenders.DisposeAsync();
    }

    private sealed class SharedRead(IServiceScopeFactory scopes, int stampId) : IAsyncDisposable
    {
        private readonly Lock _lock = new();
        private TaskCompletionSource<long>? _running;
        private TaskCompletionSource<long>? _next;

        public Task<long> ReadAsync()
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

        private static TaskCompletionSource<long> NewRead() => new(TaskCreationOptions.RunContinuationsAsynchronously);

        private async Task RunAsync(TaskCompletionSource<long> read)
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
    

        /// <summary>The kept command; null on SQLite (in process: EF's own read) or until the first read opens it.</summary>
        private DbCommand? _command;

        private bool _inProcess;

        private async Task<long> ReadOnceAsync()
        {
            if (!_inProcess)
            {
                try
                {
                    return await KeptReadAsync();
                }
                catch (DbException)
                {
                    // A connection broken since the last read (the server restarted): one more try on a fresh one.
                    await DropAsync();
                    return await KeptReadAsync();
                }
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return await db.PublishedDataStamps.AsNoTracking().Where(s => s.Id == stampId).Select(s => s.Version).FirstOrDefaultAsync();
        }

        private async Task<long> KeptReadAsync()
        {
            try
            {
                if (_command is null && !await OpenAsync())
                {
                    return await ReadOnceAsync();
                }

                var value = await _command!.ExecuteScalarAsync();
                return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
            }
            catch
            {
                await DropAsync();
                throw;
            }
        }

        /// <summary>Opens the kept connection and prepares the read; false on SQLite, which keeps EF's read.</summary>
        private async Task<bool> OpenAsync()
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (db.Database.IsSqlite())
            {
                _inProcess = true;
                return false;
            }

            var entity = db.Model.FindEntityType(typeof(PublishedDataStamp)) ?? throw new InvalidOperationException("PublishedDataStamp is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);

            var connection = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!.CreateConnection()!;
            connection.ConnectionString = db.Database.GetConnectionString();
            try
            {
                await connection.OpenAsync();
                var command = connection.CreateCommand();
                command.CommandText = $"SELECT {Column(nameof(PublishedDataStamp.Version))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {Column(nameof(PublishedDataStamp.Id))} = {stampId.ToString(CultureInfo.InvariantCulture)}";
                await command.PrepareAsync();
                _command = command;
                return true;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
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

        public async ValueTask DisposeAsync()
        {
            // Reads run one at a time per stamp; at shutdown none is waited for.
            await DropAsync();
        }
    }
}
