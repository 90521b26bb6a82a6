using AllJapanTokyo.Domain.AntennaShops;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<AntennaShop> AntennaShops => Set<AntennaShop>();

    public DbSet<AntennaShopPhoto> AntennaShopPhotos => Set<AntennaShopPhoto>();

    public DbSet<RallyEdition> RallyEditions => Set<RallyEdition>();

    public DbSet<RallyShop> RallyShops => Set<RallyShop>();

    public DbSet<StampCard> StampCards => Set<StampCard>();

    public DbSet<Stamp> Stamps => Set<Stamp>();
}
