using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Textiles;

/// <summary>The use cases of the Textiles area.</summary>
public sealed class TextilesService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
