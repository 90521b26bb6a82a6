using AllJapanTokyo.Domain.Tourism;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>The one reading of a centre's hours: a closure decides its days, then the weekday's hours; none given says so.</summary>
public sealed class InfoCenterScheduleReading
{
    // Wednesday 8 April 2020, the day after the first state of emergency was declared.
    private static readonly DateTime Wednesday = new(2020, 4, 8, 10, 30, 0);

    private static readonly InfoCenterHours[] Weekdays =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new InfoCenterHours { Day = d, OpensMinute = 9 * 60, ClosesMinute = 18 * 60 }),
    ];

    [Theory]
    [InlineData(8, 59, InfoCenterOpenState.OpensLaterToday)]
    [InlineData(9, 0, InfoCenterOpenState.OpenNow)]
    [InlineData(17, 59, InfoCenterOpenState.OpenNow)]
    [InlineData(18, 0, InfoCenterOpenState.ClosedForTheDay)]
    public void TheWeekdaysHoursDecideAnOrdinaryDay(int hour, int minute, InfoCenterOpenState state)
    {
        var day = InfoCenterSchedule.At(Weekdays, [], Wednesday.Date.AddHours(hour).AddMinutes(minute));
        Assert.Equal(state, day.State);
        Assert.Equal((540, 1080), (day.OpensMinute, day.ClosesMinute));
    }

    [Fact]
    public void AWeekdayWithoutHoursIsAClosingDayAndNoHoursAtAllAreNotGiven()
    {
        Assert.Equal(InfoCenterOpenState.ClosedToday, InfoCenterSchedule.At(Weekdays, [], new DateTime(2020, 4, 12, 12, 0, 0)).State);
        Assert.Equal(InfoCenterOpenState.HoursNotGiven, InfoCenterSchedule.At([], [], Wednesday).State);
    }

    [Fact]
    public void AClosurePeriodOverridesTheWeeklyHoursAndMayShortenThem()
    {
        var closed = new InfoCenterClosure { From = new(2020, 4, 8), Until = new(2020, 5, 31), ReasonJa = "緊急事態宣言" };
        var day = InfoCenterSchedule.At(Weekdays, [closed], Wednesday);
        Assert.Equal((InfoCenterOpenState.ClosedToday, closed), (day.State, day.Closure));
        Assert.Equal(InfoCenterOpenState.OpenNow, InfoCenterSchedule.At(Weekdays, [closed], Wednesday.AddDays(-1)).State);

        var shortened = new InfoCenterClosure { From = new(2020, 4, 1), Until = new(2020, 4, 30), OpensMinute = 11 * 60, ClosesMinute = 16 * 60, ReasonJa = "時短" };
        Assert.Equal(InfoCenterOpenState.OpensLaterToday, InfoCenterSchedule.At(Weekdays, [shortened], Wednesday).State);

        // Even a centre whose hours nobody gave is closed on the days of a closure.
        Assert.Equal(InfoCenterOpenState.ClosedToday, InfoCenterSchedule.At([], [closed], Wednesday).State);
    }

    [Theory]
    [InlineData("9:00-18:00", 540, 1080)]
    [InlineData("０９：３０〜１７：００", 570, 1020)]
    [InlineData("0:00-24:00", 0, 1440)]
    public void SpansAreReadAsPeopleTypeThem(string typed, int opens, int closes)
    {
        Assert.Equal((opens, closes), InfoCenterSchedule.ParseSpan(typed, out var refused));
        Assert.False(refused);
    }

    [Theory]
    [InlineData("18:00-9:00")]
    [InlineData("9:00")]
    [InlineData("24:30-25:00")]
    [InlineData("9時-18時")]
    public void SpansThatDoNotOpenBeforeTheyCloseOrCannotBeReadAreRefused(string typed)
    {
        Assert.Null(InfoCenterSchedule.ParseSpan(typed, out var refused));
        Assert.True(refused);
    }
}
