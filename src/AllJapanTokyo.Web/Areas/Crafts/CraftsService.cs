using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Crafts;

/// <summary>The use cases of the Crafts area.</summary>
public sealed class CraftsService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
