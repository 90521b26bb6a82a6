using AllJapanTokyo.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>The fund's books (measure 2-6): investors, calls, distributions, investments and quarterly reports.</summary>
public partial class AppDbContext
{
    public DbSet<FundInvestor> FundInvestors => Set<FundInvestor>();

    public DbSet<FundOperatorAssignment> FundOperatorAssignments => Set<FundOperatorAssignment>();

    public DbSet<FundCapitalCall> FundCapitalCalls => Set<FundCapitalCall>();

    public DbSet<FundDistribution> FundDistributions => Set<FundDistribution>();

    public DbSet<FundInvesteePartner> FundInvesteePartners => Set<FundInvesteePartner>();

    public DbSet<FundInvestmentRound> FundInvestmentRounds => Set<FundInvestmentRound>();

    public DbSet<FundValuation> FundValuations => Set<FundValuation>();

    public DbSet<FundExit> FundExits => Set<FundExit>();

    public DbSet<FundSupportEntry> FundSupportEntries => Set<FundSupportEntry>();

    public DbSet<FundQuarterlyReport> FundQuarterlyReports => Set<FundQuarterlyReport>();

    /// <summary>The funds with everything their books hold, as <see cref="FundBook"/> needs them (tracked).</summary>
    public IQueryable<Fund> FundsWithBooks => Funds
            .Include(f => f.Investors)
            .Include(f => f.CapitalCalls).ThenInclude(c => c.Parts)
            .Include(f => f.Distributions).ThenInclude(d => d.Parts)
            .Include(f => f.Investments).ThenInclude(i => i.Rounds)
            .Include(f => f.Investments).ThenInclude(i => i.Valuations)
            .Include(f => f.Investments).ThenInclude(i => i.Exits)
            .Include(f => f.Investments).ThenInclude(i => i.SupportEntries)
            .Include(f => f.Investments).ThenInclude(i => i.Partners)
            .Include(f => f.Reports)
            .AsSplitQuery();
}
