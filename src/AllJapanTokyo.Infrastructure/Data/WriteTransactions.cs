using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// The transaction of a use case that writes many rows at once (the reporting form's save, import and review).
/// SQLite has one writer per database file. Waiting for it inside SQLite (<c>busy_timeout</c>, SqliteBusyTimeout.cs)
/// holds a thread-pool thread per waiter in native sleeps that grow to 100 ms: with 8 users saving 40-value forms at
/// once, a profile showed about 30 ms per save spent asleep in BEGIN IMMEDIATE, and the save's p95 was 384 ms; queued
/// here it was 198 ms (bench/README.md, the reporting form save). So on SQLite the writers of this process queue for the file first,
/// asynchronously and in order, and BEGIN IMMEDIATE then finds the lock free. PostgreSQL and SQL Server lock rows, not
/// the database, and do not queue. Other processes on the same file, and writers that do not come through here, still
/// meet at busy_timeout.
/// </summary>
public static class WriteTransactions
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(cancellationToken);
        }

        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        var writer = SqliteWriters.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
        await writer.WaitAsync(cancellationToken);
        try
        {
            return new QueuedTransaction(await db.Database.BeginTransactionAsync(cancellationToken), writer);
        }
        catch
        {
            writer.Release();
            throw;
        }
    }

    /// <summary>The SQLite transaction; the next writer of the file goes as soon as this one commits, rolls back or is disposed.</summary>
    private sealed class QueuedTransaction(IDbContextTransaction transaction, SemaphoreSlim writer) : IDbContextTransaction
    {
        private int _released;

        public Guid TransactionId => transaction.TransactionId;

        public void Commit()
        {
            transaction.Commit();
            Release();
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await transaction.CommitAsync(cancellationToken);
            Release();
        }

        public void Rollback()
        {
            transaction.Rollback();
            Release();
        }

        public async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await transaction.RollbackAsync(cancellationToken);
            Release();
        }

        public void Dispose()
        {
            transaction.Dispose();
            Release();
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            Release();
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
            }
        }
    }
}
