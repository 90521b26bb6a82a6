using System.Globalization;
using System.Text;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    /// <summary>The keyword index of the tenders (<see cref="TenderSearchGram"/>).</summary>
    public DbSet<TenderSearchGram> TenderSearchGrams => Set<TenderSearchGram>();
}

/// <summary>
/// Keeps the keyword index (<see cref="TenderSearchGram"/>) and <see cref="Tender.SearchText"/> in step with each
/// tender's title and description, inside the SaveChanges that adds or changes the tender, so they commit together
/// (one place for every writer: the buyer's form, amendments, seeding). Only the grams that differ are written.
/// Writes that bypass the change tracker (the volume load) call <see cref="InsertGramsAsync"/> themselves.
/// </summary>
public sealed class TenderSearchIndex(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>SQL Server takes at most 1,000 rows in one VALUES list.</summary>
    private const int RowsPerStatement = 1000;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Index(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Index(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Index(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries<Tender>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        MoveTendersVersion(context);
        var tenders = changed.Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        foreach (var entry in tenders)
        {
            var before = entry.State == EntityState.Added ? null : entry.OriginalValues.GetValue<string>(nameof(Tender.SearchText));
            var after = entry.Entity.RefreshSearchText();
            if (before == after)
            {
                continue;
            }

            var old = before is null ? new HashSet<int>() : SearchText.IndexGrams(before);
            var now = SearchText.IndexGrams(after);
            var id = entry.Property(t => t.Id);
            foreach (var gram in old.Except(now))
            {
                context.Entry(new TenderSearchGram { Gram = gram, TenderId = id.CurrentValue }).State = EntityState.Deleted;
            }

            foreach (var gram in now.Except(old))
            {
                var row = context.Entry(new TenderSearchGram { Gram = gram, TenderId = id.CurrentValue });
                // A new tender's id is a temporary value until it is inserted; marked so, EF carries the real id over.
                row.Property(g => g.TenderId).IsTemporary = id.IsTemporary;
                row.State = EntityState.Added;
            }
        }
    }

    /// <summary>A new random tenders' version (<see cref="PublishedDataStamp.TendersId"/>), written with the change.</summary>
    private void MoveTendersVersion(DbContext context)
    {
        var entry = context.ChangeTracker.Entries<PublishedDataStamp>().FirstOrDefault(e => e.Entity.Id == PublishedDataStamp.TendersId)
            ?? context.Attach(new PublishedDataStamp { Id = PublishedDataStamp.TendersId });
        entry.Entity.Version = Random.Shared.NextInt64(long.MaxValue);
        entry.Entity.ChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        entry.Property(s => s.Version).IsModified = true;
        entry.Property(s => s.ChangedAtUtc).IsModified = true;
    }

    /// <summary>
    /// Indexes tenders written without the change tracker (their <see cref="Tender.SearchText"/> already set by
    /// <see cref="Tender.RefreshSearchText"/>): every tender with an id above <paramref name="afterTenderId"/>. The
    /// rows are sorted by the key and written as integer literals, so the index grows at its end.
    /// </summary>
    public static async Task InsertGramsAsync(AppDbContext db, int afterTenderId, CancellationToken cancellationToken = default)
    {
        var texts = await db.Tenders.AsNoTracking().Where(t => t.Id > afterTenderId).Select(t => new { t.Id, t.SearchText }).ToListAsync(cancellationToken);
        var rows = new List<long>();
        foreach (var tender in texts)
        {
            rows.AddRange(SearchText.IndexGrams(tender.SearchText).Select(g => ((long)g << 32) | (uint)tender.Id));
        }

        rows.Sort();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The rows arrive in key order, but the TenderId index would take them at random (3.5 million for the large
        // volume: 136 s on SQLite instead of a few). Built once after the load instead, where the syntax allows.
        var tenderIndex = db.Database.IsSqlServer() ? null
            : db.Model.FindEntityType(typeof(TenderSearchGram))!.GetIndexes().Single().GetDatabaseName();
        if (tenderIndex is not null && rows.Count > 0)
        {
            command.CommandText = $"DROP INDEX \"{tenderIndex}\"";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (connection is Npgsql.NpgsqlConnection postgres)
        {
            // PostgreSQL: one binary COPY instead of a statement per 1,000 rows (3,500 for the large volume).
            await using var import = await postgres.BeginBinaryImportAsync("COPY \"TenderSearchGrams\" (\"Gram\", \"TenderId\") FROM STDIN (FORMAT BINARY)", cancellationToken);
            // One command for all the rows: the 30 s command timeout ended the large volume's COPY on a loaded machine.
            import.Timeout = TimeSpan.FromMinutes(30);
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync((int)(row >> 32), NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync((int)row, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        var statements = connection is Npgsql.NpgsqlConnection ? Enumerable.Empty<long[]>() : rows.Chunk(RowsPerStatement);
        foreach (var chunk in statements)
        {
            var sql = new StringBuilder("INSERT INTO \"TenderSearchGrams\" (\"Gram\", \"TenderId\") VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (")
                    .Append(((int)(chunk[i] >> 32)).ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(((int)chunk[i]).ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (tenderIndex is not null && rows.Count > 0)
        {
            command.CommandText = $"CREATE INDEX \"{tenderIndex}\" ON \"TenderSearchGrams\" (\"TenderId\")";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // The tenders changed without the change tracker: the in-memory search of every instance must see the new version.
        var version = Random.Shared.NextInt64(long.MaxValue);
        await db.PublishedDataStamps.Where(s => s.Id == PublishedDataStamp.TendersId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, version), cancellationToken);
    }
}

internal sealed class TenderSearchGramConfiguration : IEntityTypeConfiguration<TenderSearchGram>
{
    public void Configure(EntityTypeBuilder<TenderSearchGram> builder)
    {
        // Gram first: a gram's tenders are one range of the key, which is all a keyword query reads.
        builder.HasKey(g => new { g.Gram, g.TenderId });
        builder.Property(g => g.Gram).ValueGeneratedNever();
        builder.HasIndex(g => g.TenderId);
        builder.HasOne<Tender>().WithMany().HasForeignKey(g => g.TenderId).OnDelete(DeleteBehavior.Cascade);
    }
}
