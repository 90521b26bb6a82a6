using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Funds.Books;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Funds;

[CollectionDefinition(Name)]
public sealed class FundRecordsCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "FundRecordsAtTheSameMoment";
}

/// <summary>
/// Two records of the same fund saved at the same moment, each checked against the books as they were read: two capital
/// calls that each fit the unfunded commitments alone but not together are never both kept. They change the demo fund's
/// books, so they have a portal of their own.
/// </summary>
[Collection(FundRecordsCollection.Name)]
public sealed class FundRecordsAtTheSameMoment(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OfTwoCallsThatFitOnlyAloneTheSecondSavedIsRefusedAndNothingOfItIsKept(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var fundId = await portal.WithDbAsync(db => db.FundOperatorAssignments.AsNoTracking().Select(a => a.FundId).FirstAsync());
        var today = JapanTime.DayOf(DateTime.UtcNow);

        // Two people read the books at once; each call takes 60 % of what the investors have left to pay in.
        await using var first = portal.CreateScope();
        await using var second = portal.CreateScope();
        var firstDb = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var firstBook = new FundBook(await firstDb.FundsWithBooks.SingleAsync(f => f.Id == fundId), today);
        var secondBook = new FundBook(await secondDb.FundsWithBooks.SingleAsync(f => f.Id == fundId), today);
        var unfunded = firstBook.Fund.Investors.Sum(firstBook.UnfundedOf);
        Assert.True(unfunded > 10, "the demo fund has commitments left to call");
        var amount = unfunded * 6 / 10;
        Assert.Null(firstBook.RecordCall(today, CallPurpose.Investment, amount, isSynthetic: true, out _));
        Assert.Null(secondBook.RecordCall(today, CallPurpose.Investment, amount, isSynthetic: true, out _));
        var callsBefore = await CallsAsync(portal, fundId);

        await firstDb.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());

        Assert.Equal(callsBefore + 1, await CallsAsync(portal, fundId));
        var leftToCall = await portal.WithDbAsync(async db =>
        {
            var books = new FundBook(await db.FundsWithBooks.AsNoTracking().SingleAsync(f => f.Id == fundId), today);
            return books.Fund.Investors.Select(books.UnfundedOf).ToList();
        });
        Assert.All(leftToCall, left => Assert.True(left >= 0, "no investor is called beyond its commitment"));

        // Through the service: a record checked against books that another save has changed since is refused with its
        // message, and nothing of it is stored.
        await using var stale = portal.CreateScope();
        var staleDb = stale.ServiceProvider.GetRequiredService<AppDbContext>();
        var books = stale.ServiceProvider.GetRequiredService<FundBooksService>();
        _ = await staleDb.Funds.SingleAsync(f => f.Id == fundId);
        await portal.WithDbAsync(async db =>
        {
            var book = new FundBook(await db.FundsWithBooks.SingleAsync(f => f.Id == fundId), today);
            Assert.Null(book.RecordCall(today, CallPurpose.ManagementFee, 1, isSynthetic: true, out _));
            return await db.SaveChangesAsync();
        });
        var callsNow = await CallsAsync(portal, fundId);
        var refusal = await books.RecordCallAsync(fundId, new CallForm { On = today, Purpose = CallPurpose.ManagementFee, Amount = "1" }, CancellationToken.None);
        Assert.Equal(FundProblem.BooksChangedMeanwhile, refusal?.Problem);
        Assert.Equal(callsNow, await CallsAsync(portal, fundId));
    }

    private static Task<int> CallsAsync(PortalFactory portal, int fundId) =>
        portal.WithDbAsync(db => db.FundCapitalCalls.CountAsync(c => c.FundId == fundId));
}
