using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// Reads the versions of <see cref="PublishedDataStamp"/> (the published data's, the tenders') for many concurrent
/// requests at once: a request never gets a version read before it arrived, but every request that arrives while a read
/// is under way shares the one read that starts right after it (as a database groups commits). Each request still sees
/// every change committed before it arrived, on any instance (ADR 0005), while a busy instance reads the row once per
/// round trip instead of once per request.
/// </summary>
public sealed class PublishedVersions(IServiceScopeFactory scopes)
{
    private readonly SharedRead _published = new(scopes, PublishedDataStamp.SingletonId);
    private readonly SharedRead _tenders = new(scopes, PublishedDataStamp.TendersId);

    /// <summary>The published-data version (<see cref="PublishedData.CurrentVersionAsync"/>), read after this call began.</summary>
    public Task<long> PublishedAsync() => _published.ReadAsync();

    /// <summary>The tenders' version (<see cref="PublishedData.TendersVersionAsync"/>), read after this call began.</summary>
    public Task<long> TendersAsync() => _tenders.ReadAsync();

    private sealed class SharedRead(IServiceScopeFactory scopes, int stampId)
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
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    read.SetResult(await db.PublishedDataStamps.AsNoTracking().Where(s => s.Id == stampId).Select(s => s.Version).FirstOrDefaultAsync());
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
    }
}
