using AllJapanTokyo.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<BoothCategory> BoothCategories => Set<BoothCategory>();

    public DbSet<EventInvitedPrefecture> EventInvitedPrefectures => Set<EventInvitedPrefecture>();

    public DbSet<ExhibitorApplication> ExhibitorApplications => Set<ExhibitorApplication>();
}
