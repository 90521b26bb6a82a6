using AllJapanTokyo.Domain.OpenData;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<OcdsStoredRelease> OcdsStoredReleases => Set<OcdsStoredRelease>();
}
