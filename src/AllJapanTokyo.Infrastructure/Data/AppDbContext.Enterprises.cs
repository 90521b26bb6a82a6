using AllJapanTokyo.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<EnterpriseImage> EnterpriseImages => Set<EnterpriseImage>();

    public DbSet<EnterpriseInvitation> EnterpriseInvitations => Set<EnterpriseInvitation>();
}
