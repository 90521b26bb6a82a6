using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>The use cases of the Tourism area.</summary>
public sealed class TourismService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
