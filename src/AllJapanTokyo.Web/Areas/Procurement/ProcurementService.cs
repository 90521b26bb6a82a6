using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>The use cases of the Procurement area.</summary>
public sealed class ProcurementService(AppDbContext db)
{
    internal AppDbContext Db => db;
}
