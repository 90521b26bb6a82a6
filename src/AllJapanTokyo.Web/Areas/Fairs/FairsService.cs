using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Fairs;

/// <summary>The use cases of the Fairs area.</summary>
public sealed class FairsService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
