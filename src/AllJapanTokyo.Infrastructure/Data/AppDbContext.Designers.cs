using AllJapanTokyo.Domain.Designers;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>Tokyo designers, shared by the textile and the traditional-craft matching measures.</summary>
public partial class AppDbContext
{
    public DbSet<Designer> Designers => Set<Designer>();

    public DbSet<DesignerImage> DesignerImages => Set<DesignerImage>();
}
