using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Admin;

/// <summary>The use cases of the Admin area.</summary>
public sealed class AdminService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
