using AllJapanTokyo.Domain.Tourism;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<TouristRouteStop> TouristRouteStops => Set<TouristRouteStop>();

    public DbSet<RouteStopProposal> RouteStopProposals => Set<RouteStopProposal>();

    public DbSet<PrCornerBooking> PrCornerBookings => Set<PrCornerBooking>();

    public DbSet<PrCornerSlotClaim> PrCornerSlotClaims => Set<PrCornerSlotClaim>();

    public DbSet<InfoCenterHours> InfoCenterHours => Set<InfoCenterHours>();

    public DbSet<InfoCenterClosure> InfoCenterClosures => Set<InfoCenterClosure>();

    public DbSet<MicePromotion> MicePromotions => Set<MicePromotion>();

    public DbSet<MicePromotionPrefecture> MicePromotionPrefectures => Set<MicePromotionPrefecture>();
}
