using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Funds;

/// <summary>The use cases of the Funds area.</summary>
public sealed class FundsService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
