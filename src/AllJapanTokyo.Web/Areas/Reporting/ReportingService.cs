using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Reporting;

/// <summary>The use cases of the Reporting area.</summary>
public sealed class ReportingService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
