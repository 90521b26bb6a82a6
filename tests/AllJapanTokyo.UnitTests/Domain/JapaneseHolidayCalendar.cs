using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>The public holidays as the Act on National Holidays and its special years make them.</summary>
public sealed class JapaneseHolidayCalendar
{
    [Theory]
    [InlineData("2019-04-30")] // citizens' holiday before the accession day
    [InlineData("2019-05-01")]
    [InlineData("2019-05-02")]
    [InlineData("2019-05-06")] // substitute for Children's Day on a Sunday
    [InlineData("2019-10-22")] // enthronement ceremony
    [InlineData("2020-02-24")] // substitute for the Emperor's Birthday on a Sunday
    [InlineData("2020-03-20")]
    [InlineData("2020-07-23")] // Marine Day moved for the Games
    [InlineData("2020-07-24")] // Sports Day moved for the Games
    [InlineData("2020-08-10")] // Mountain Day moved for the Games
    [InlineData("2021-08-09")] // substitute for Mountain Day (8 August, a Sunday)
    [InlineData("2026-01-12")] // Coming of Age Day, second Monday
    [InlineData("2026-09-22")] // citizens' holiday between Respect for the Aged Day and the equinox
    [InlineData("2026-09-23")]
    [InlineData("2018-12-24")] // substitute for the Emperor's Birthday of the Heisei era
    public void TheseAreHolidays(string day) => Assert.True(JapaneseHolidays.IsHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2019-12-23")] // no Emperor's Birthday in 2019
    [InlineData("2020-10-12")] // Sports Day was in July that year
    [InlineData("2020-07-20")]
    [InlineData("2026-04-30")]
    [InlineData("2031-01-01")] // outside the years covered
    public void TheseAreNot(string day) => Assert.False(JapaneseHolidays.IsHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AnOrdinaryYearHasItsSixteenNamedHolidaysAndItsSubstitutes() =>
        Assert.Equal(16 + 1, JapaneseHolidays.Of(2023).Count()); // New Year's Day fell on a Sunday: 2 January

    /// <summary>
    /// Every year the portal covers, day for day, against a published list (TestData/holidays-2016-2030.txt, from
    /// holiday_jp's copy of the Cabinet Office's list; its source and date are written at its top).
    /// </summary>
    [Fact]
    public void EveryCoveredYearEqualsThePublishedListDayForDay()
    {
        var published = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "holidays-2016-2030.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => DateOnly.ParseExact(line[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(JapaneseHolidays.LastYear - JapaneseHolidays.FirstYear + 1, published.Select(d => d.Year).Distinct().Count());
        foreach (var year in Enumerable.Range(JapaneseHolidays.FirstYear, JapaneseHolidays.LastYear - JapaneseHolidays.FirstYear + 1))
        {
            Assert.Equal(published.Where(d => d.Year == year).Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                JapaneseHolidays.Of(year).Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void AShopThatClosesOnHolidaysIsClosedOnOneWhateverTheWeekdayAndOthersStayOpen()
    {
        var shop = new AntennaShop { PrefectureCode = "15", NameJa = "新潟館", AddressJa = "東京都", Opens = new(10, 0), Closes = new(19, 0), ClosedOn = ClosingDays.PublicHolidays };
        var marineDay2020 = new DateTime(2020, 7, 23, 12, 0, 0);
        Assert.False(shop.IsOpenAt(marineDay2020));
        Assert.True(shop.IsOpenAt(marineDay2020.AddDays(-1)));
        shop.ClosedOn = ClosingDays.Monday;
        Assert.True(shop.IsOpenAt(marineDay2020));
    }
}
