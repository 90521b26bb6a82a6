using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// One row whose version moves whenever something the published pages show changes (a value approved, a lock
/// re-opened…). Caches of published pages key on it, so every app instance sees an approval at its next request,
/// however many instances share the database.
/// </summary>
public class PublishedDataStamp
{
    public const int SingletonId = 1;

    /// <summary>
    /// The second row: moves whenever any tender is added, changed or deleted (TenderSearchIndex, in the same
    /// SaveChanges), to a new random value, so that concurrent changes on two instances never land on the same version.
    /// The tender search's caches key on it.
    /// </summary>
    public const int TendersId = 2;

    public int Id { get; set; }

    public long Version { get; set; }

    public DateTime ChangedAtUtc { get; set; }
}

public partial class AppDbContext
{
    public DbSet<PublishedDataStamp> PublishedDataStamps => Set<PublishedDataStamp>();
}

public static class PublishedData
{
    /// <summary>
    /// Moves the version on. Call it inside the transaction that changes published data, so that the change and
    /// the new version commit together.
    /// </summary>
    public static Task MarkChangedAsync(this AppDbContext db, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        db.PublishedDataStamps
            .Where(s => s.Id == PublishedDataStamp.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1).SetProperty(x => x.ChangedAtUtc, nowUtc), cancellationToken);

    /// <summary>The current version; one indexed single-row read.</summary>
    public static Task<long> CurrentVersionAsync(this AppDbContext db, CancellationToken cancellationToken = default) =>
        db.PublishedDataStamps.AsNoTracking()
            .Where(s => s.Id == PublishedDataStamp.SingletonId)
            .Select(s => s.Version)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The tenders' version (<see cref="PublishedDataStamp.TendersId"/>); one indexed single-row read.</summary>
    public static Task<long> TendersVersionAsync(this AppDbContext db, CancellationToken cancellationToken = default) =>
        db.PublishedDataStamps.AsNoTracking()
            .Where(s => s.Id == PublishedDataStamp.TendersId)
            .Select(s => s.Version)
            .FirstOrDefaultAsync(cancellationToken);
}

internal sealed class PublishedDataStampConfiguration : IEntityTypeConfiguration<PublishedDataStamp>
{
    public void Configure(EntityTypeBuilder<PublishedDataStamp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(
            new PublishedDataStamp
            {
                Id = PublishedDataStamp.SingletonId,
                Version = 1,
                ChangedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            },
            new PublishedDataStamp
            {
                Id = PublishedDataStamp.TendersId,
                Version = 1,
                ChangedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            });
    }
}
