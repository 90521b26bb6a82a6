using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>The use cases of the Dashboard area.</summary>
public sealed class DashboardService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
