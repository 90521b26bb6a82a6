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
}
