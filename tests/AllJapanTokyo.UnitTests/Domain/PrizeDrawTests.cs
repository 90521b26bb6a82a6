using AllJapanTokyo.Domain.AntennaShops;

namespace AllJapanTokyo.UnitTests.Domain;

public sealed class PrizeDrawTests
{
    [Fact]
    public void TheSameEntriesAndSeedGiveTheSameWinnersWhateverTheOrderOfTheEntries()
    {
        var entries = Enumerable.Range(100, 50).ToList();

        var first = PrizeDraw.Winners(entries, 42, 5);
        var second = PrizeDraw.Winners(Enumerable.Reverse(entries), 42, 5);

        Assert.Equal(first, second);
        Assert.Equal(5, first.Distinct().Count());
        Assert.All(first, w => Assert.Contains(w, entries));
        Assert.NotEqual(first, PrizeDraw.Winners(entries, 43, 5));
    }

    [Fact]
    public void TheDrawIsFixedForAGivenSeedSoAnyoneCanCheckIt()
    {
        // Fixed by SHA-256 of the seed and the step, not by the runtime's Random: this result must never change.
        Assert.Equal(PrizeDraw.Winners([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2020, 3), PrizeDraw.Winners([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 2020, 3));
        Assert.Equal([1, 2], PrizeDraw.Winners([2, 1], 0, 5).Order());
        Assert.Empty(PrizeDraw.Winners([], 1, 3));
    }

    [Fact]
    public void AShopIsOpenWithinItsHoursInJapanTimeAndNotOnItsClosingDays()
    {
        var shop = new AntennaShop { PrefectureCode = "15", NameJa = "x", AddressJa = "y", Opens = new TimeOnly(10, 0), Closes = new TimeOnly(20, 0), ClosedOn = ClosingDays.Wednesday };

        Assert.True(shop.IsOpenAt(new DateTime(2026, 12, 7, 10, 0, 0)));   // Monday
        Assert.False(shop.IsOpenAt(new DateTime(2026, 12, 7, 20, 0, 0)));
        Assert.False(shop.IsOpenAt(new DateTime(2026, 12, 9, 12, 0, 0)));  // Wednesday
    }
}
