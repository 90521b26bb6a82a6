using System.Diagnostics;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllJapanTokyo.Bench;

/// <summary>
/// The volume target: loading the large volume set (DemoData:Volume=large) takes under 60 s on SQLite.
/// Each run uses a fresh database file: migrate, load the real programme data, then time the volume load alone.
/// </summary>
internal static class VolumeLoadBenchmark
{
    public static async Task RunAsync(int runs)
    {
        var timings = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"alljapan-bench-{Guid.NewGuid():N}.db");
            try
            {
                var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
                DatabaseSetup.ConfigureSqlite(options, $"Data Source={file}");
                await using var db = new SqliteAppDbContext(options.Options);
                await db.Database.MigrateAsync();
                await new ProgrammeDataSeeder(db).SeedAsync();

                var stopwatch = Stopwatch.StartNew();
                await new VolumeDataSeeder(db, TimeProvider.System, NullLogger<VolumeDataSeeder>.Instance).SeedAsync(VolumeDataSeeder.Large);
                stopwatch.Stop();
                timings.Add(stopwatch.Elapsed.TotalSeconds);

                var enterprises = await db.Enterprises.CountAsync(e => e.IsSynthetic);
                var tenders = await db.Tenders.CountAsync(t => t.IsSynthetic);
                var participations = await db.Participations.CountAsync(p => p.IsSynthetic);
                var size = new FileInfo(file).Length / 1024.0 / 1024.0;
                Console.WriteLine($"run {run}: {stopwatch.Elapsed.TotalSeconds:0.0} s — {enterprises:N0} enterprises, {tenders:N0} tenders, {participations:N0} participations, database {size:0} MiB");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Environment.GetEnvironmentVariable("BENCH_KEEP_DB") is null)
                {
                    File.Delete(file);
                }
                else
                {
                    Console.WriteLine($"kept {file}");
                }
            }
        }

        timings.Sort();
        Console.WriteLine($"volume load on SQLite: min {timings[0]:0.0} s, median {timings[timings.Count / 2]:0.0} s, max {timings[^1]:0.0} s over {runs} runs (target < 60 s)");
    }
}
