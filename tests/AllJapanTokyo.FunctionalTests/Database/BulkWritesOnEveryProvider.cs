using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.FunctionalTests.Areas.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>
/// The set-based writes (Infrastructure/Data/BulkWrites.cs) that the reporting save, the import and the volume load
/// rely on: what EF reads back must be exactly what was written, conversions included (decimals, enums as text,
/// nullable enums, GUIDs, Japanese text with quotes), across more rows than one statement holds.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class BulkWritesOnEveryProvider(PortalFixture fixture)
{
    // More rows than one statement holds (2,000 parameters: 166 inserted values, 285 updated ones), so chunking is used.
    private const int Rows = 400;

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task InsertedAndUpdatedRowsReadBackAsWritten(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        // Synthetic values of a far fiscal year: no page or report counts them.
        var fiscalYear = 5000 + Random.Shared.Next(0, 4000);
        var written = Enumerable.Range(0, Rows).Select(i => new IndicatorValue
        {
            FiscalYear = fiscalYear,
            InitiativeCode = ReportingData.Fair,
            PrefectureCode = (i % 47 + 1).ToString("D2"),
            IndicatorCode = "exhibitors",
            Value = i + 0.25m,
            Qualifier = (ValueQualifier)(i % 3),
            ActivityStatus = i % 5 == 0 ? null : ActivityStatus.Held,
            Format = i % 2 == 0 ? EventFormat.Online : null,
            NoteJa = i % 4 == 0 ? null : $"備考「{i}」 it's \"quoted\"",
            ReviewState = ReviewState.Draft,
            IsSynthetic = true,
        }).ToList();

        await portal.WithDbAsync(async db =>
        {
            await db.InsertAsync(written);
            return 0;
        });

        var stored = await portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().Where(v => v.FiscalYear == fiscalYear).OrderBy(v => v.Id).ToListAsync());
        Assert.Equal(Rows, stored.Count);
        Assert.Equal(
            written.Select(Describe),
            stored.OrderBy(v => v.Value).Select(Describe));

        // Change every other row; one of them is deleted first, so the database reports one row fewer.
        var changed = stored.Where((_, i) => i % 2 == 0).ToList();
        foreach (var value in changed)
        {
            value.Value += 1000;
            value.Qualifier = ValueQualifier.Approx;
            value.ActivityStatus = ActivityStatus.Cancelled;
            value.NoteJa = value.NoteJa is null ? "追記" : null;
            value.ReviewState = ReviewState.Submitted;
            value.Version = Guid.NewGuid();
        }

        var deletedId = changed[^1].Id;
        var updated = await portal.WithDbAsync(async db =>
        {
            await db.IndicatorValues.Where(v => v.Id == deletedId).ExecuteDeleteAsync();
            return await db.UpdateAsync(
                changed,
                [nameof(IndicatorValue.Value), nameof(IndicatorValue.Qualifier), nameof(IndicatorValue.ActivityStatus), nameof(IndicatorValue.NoteJa), nameof(IndicatorValue.ReviewState), nameof(IndicatorValue.Version)]);
        });

        Assert.Equal(changed.Count - 1, updated);
        var after = await portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().Where(v => v.FiscalYear == fiscalYear).OrderBy(v => v.Id).ToListAsync());
        var expected = stored.Where(v => v.Id != deletedId).ToList();
        Assert.Equal(expected.Select(v => (v.Id, Describe(v), v.Version)), after.Select(v => (v.Id, Describe(v), v.Version)));
        Assert.Contains(after, v => v.Value >= 1000 && v.ActivityStatus == ActivityStatus.Cancelled);
        Assert.Contains(after, v => v.Value < 1000 && v.ActivityStatus != ActivityStatus.Cancelled);
    }

    private static string Describe(IndicatorValue v) =>
        $"{v.PrefectureCode}|{v.IndicatorCode}|{v.Value}|{v.Qualifier}|{v.ActivityStatus}|{v.Format}|{v.NoteJa}|{v.ReviewState}|{v.IsSynthetic}";
}
