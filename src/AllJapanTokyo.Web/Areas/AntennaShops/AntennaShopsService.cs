using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.AntennaShops;

/// <summary>The use cases of the AntennaShops area.</summary>
public sealed class AntennaShopsService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
