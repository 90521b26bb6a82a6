using AllJapanTokyo.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<CoordinatorRegion> CoordinatorRegions => Set<CoordinatorRegion>();

    public DbSet<TenderRecommendation> TenderRecommendations => Set<TenderRecommendation>();
}
