using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.UnitTests.Procurement;

/// <summary>Digest e-mails go out at 08:00 Japan time (23:00 UTC the day before): daily, or on Mondays.</summary>
public sealed class SavedSearchSchedule
{
    [Theory]
    // 2026-11-30 is a Monday. 06:00 UTC = 15:00 JST → next 08:00 JST is Tuesday 08:00 JST = Monday 23:00 UTC.
    [InlineData("2026-11-30T06:00:00Z", AlertFrequency.Daily, "2026-11-30T23:00:00Z")]
    // 22:59 UTC Monday = 07:59 JST Tuesday → 08:00 JST that same morning.
    [InlineData("2026-11-30T22:59:00Z", AlertFrequency.Daily, "2026-11-30T23:00:00Z")]
    // Exactly 08:00 JST → the next day's.
    [InlineData("2026-11-30T23:00:00Z", AlertFrequency.Daily, "2026-12-01T23:00:00Z")]
    // Monday 15:00 JST → next Monday 08:00 JST = Sunday 23:00 UTC.
    [InlineData("2026-11-30T06:00:00Z", AlertFrequency.Weekly, "2026-12-06T23:00:00Z")]
    // Sunday 23:30 UTC = Monday 08:30 JST, just after → a week later.
    [InlineData("2026-11-29T23:30:00Z", AlertFrequency.Weekly, "2026-12-06T23:00:00Z")]
    // Sunday 22:00 UTC = Monday 07:00 JST → that morning.
    [InlineData("2026-11-29T22:00:00Z", AlertFrequency.Weekly, "2026-11-29T23:00:00Z")]
    [InlineData("2026-11-30T06:00:00Z", AlertFrequency.Instant, "2026-11-30T06:00:00Z")]
    public void NextDueIsInJapanTime(string now, AlertFrequency frequency, string expected)
    {
        var nowUtc = DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var due = SavedSearch.NextDue(frequency, nowUtc);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void NoneIsNeverDue() =>
        Assert.Equal(SavedSearch.Never, SavedSearch.NextDue(AlertFrequency.None, DateTime.UtcNow));
}
