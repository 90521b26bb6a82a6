using AllJapanTokyo.Domain.Crafts;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>The crafts measure (2-2): the craft register, makers, call rounds and their applications, teams.</summary>
public partial class AppDbContext
{
    public DbSet<Craft> Crafts => Set<Craft>();

    public DbSet<CraftMaker> CraftMakers => Set<CraftMaker>();

    public DbSet<CraftMakerCraft> CraftMakerCrafts => Set<CraftMakerCraft>();

    public DbSet<CraftMakerImage> CraftMakerImages => Set<CraftMakerImage>();

    public DbSet<CraftCallRound> CraftCallRounds => Set<CraftCallRound>();

    public DbSet<CraftRoundApplication> CraftRoundApplications => Set<CraftRoundApplication>();

    public DbSet<CraftTeam> CraftTeams => Set<CraftTeam>();

    public DbSet<CraftTeamMaker> CraftTeamMakers => Set<CraftTeamMaker>();

    public DbSet<CraftMilestone> CraftMilestones => Set<CraftMilestone>();

    public DbSet<CraftCollaborationImage> CraftCollaborationImages => Set<CraftCollaborationImage>();
}
