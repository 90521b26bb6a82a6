using AllJapanTokyo.Domain.Textiles;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>Measure 2-1: textile production regions and the designers' requests worked through with them.</summary>
public partial class AppDbContext
{
    public DbSet<ProductionRegion> ProductionRegions => Set<ProductionRegion>();

    public DbSet<DesignRequest> DesignRequests => Set<DesignRequest>();

    public DbSet<RegionIntroduction> RegionIntroductions => Set<RegionIntroduction>();

    public DbSet<RequestMessage> RequestMessages => Set<RequestMessage>();
}
