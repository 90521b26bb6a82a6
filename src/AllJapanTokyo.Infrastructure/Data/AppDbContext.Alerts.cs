using AllJapanTokyo.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    public DbSet<WorkerLease> WorkerLeases => Set<WorkerLease>();
}
