using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// The fund's books (measure 2-6). Money is whole yen (bigint); the fund and its investees keep their first
// configuration in AreaConfigurations, the books' parts are configured here.

internal sealed class FundBooksConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> builder)
    {
        builder.Property(f => f.OperatorNameJa).HasMaxLength(Fund.NameMaxLength);
        builder.Property(f => f.BooksVersion).IsConcurrencyToken();
        builder.HasMany(f => f.Investors).WithOne().HasForeignKey(i => i.FundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.CapitalCalls).WithOne().HasForeignKey(c => c.FundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Distributions).WithOne().HasForeignKey(d => d.FundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Reports).WithOne().HasForeignKey(r => r.FundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundInvesteeBooksConfiguration : IEntityTypeConfiguration<FundInvestment>
{
    public void Configure(EntityTypeBuilder<FundInvestment> builder)
    {
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Partners).WithOne().HasForeignKey(p => p.InvestmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Rounds).WithOne().HasForeignKey(r => r.InvestmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Valuations).WithOne().HasForeignKey(v => v.InvestmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Exits).WithOne().HasForeignKey(e => e.InvestmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.SupportEntries).WithOne().HasForeignKey(s => s.InvestmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundInvestorConfiguration : IEntityTypeConfiguration<FundInvestor>
{
    public void Configure(EntityTypeBuilder<FundInvestor> builder)
    {
        builder.Property(i => i.NameJa).HasMaxLength(Fund.NameMaxLength);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class FundOperatorAssignmentConfiguration : IEntityTypeConfiguration<FundOperatorAssignment>
{
    public void Configure(EntityTypeBuilder<FundOperatorAssignment> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => new { a.FundId, a.UserId }).IsUnique();
        builder.HasIndex(a => a.UserId);
        builder.HasOne<Fund>().WithMany().HasForeignKey(a => a.FundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundCapitalCallConfiguration : IEntityTypeConfiguration<FundCapitalCall>
{
    public void Configure(EntityTypeBuilder<FundCapitalCall> builder)
    {
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.FundId, c.CalledOn });
        FundCorrections.Configure(builder);
        builder.HasMany(c => c.Parts).WithOne().HasForeignKey(p => p.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundCallPartConfiguration : IEntityTypeConfiguration<FundCallPart>
{
    public void Configure(EntityTypeBuilder<FundCallPart> builder)
    {
        builder.HasOne<FundInvestor>().WithMany().HasForeignKey(p => p.InvestorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CallId, p.InvestorId }).IsUnique();
    }
}

internal sealed class FundDistributionConfiguration : IEntityTypeConfiguration<FundDistribution>
{
    public void Configure(EntityTypeBuilder<FundDistribution> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => new { d.FundId, d.PaidOn });
        FundCorrections.Configure(builder);
        builder.HasMany(d => d.Parts).WithOne().HasForeignKey(p => p.DistributionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundDistributionPartConfiguration : IEntityTypeConfiguration<FundDistributionPart>
{
    public void Configure(EntityTypeBuilder<FundDistributionPart> builder)
    {
        builder.HasOne<FundInvestor>().WithMany().HasForeignKey(p => p.InvestorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.DistributionId, p.InvestorId }).IsUnique();
    }
}

internal sealed class FundInvesteePartnerConfiguration : IEntityTypeConfiguration<FundInvesteePartner>
{
    public void Configure(EntityTypeBuilder<FundInvesteePartner> builder)
    {
        builder.Property(p => p.NameJa).HasMaxLength(Fund.NameMaxLength);
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundInvestmentRoundConfiguration : IEntityTypeConfiguration<FundInvestmentRound>
{
    public void Configure(EntityTypeBuilder<FundInvestmentRound> builder)
    {
        builder.Property(r => r.Instrument).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(16);
        FundCorrections.Configure(builder);
    }
}

internal sealed class FundValuationConfiguration : IEntityTypeConfiguration<FundValuation>
{
    public void Configure(EntityTypeBuilder<FundValuation> builder)
    {
        // Not unique: a corrected valuation and its reversing entry share the quarter end; the books allow one live one.
        builder.HasIndex(v => new { v.InvestmentId, v.AsOf });
        FundCorrections.Configure(builder);
    }
}

internal sealed class FundExitConfiguration : IEntityTypeConfiguration<FundExit>
{
    public void Configure(EntityTypeBuilder<FundExit> builder) => FundCorrections.Configure(builder);
}

/// <summary>A reversing entry names the one record it cancels (at most one reversal each) and says why.</summary>
internal static class FundCorrections
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : class, IFundCorrectable
    {
        builder.Property<string?>(nameof(IFundCorrectable.CorrectionReason)).HasMaxLength(FundCorrection.ReasonMaxLength);
        builder.HasIndex(nameof(IFundCorrectable.ReversesId)).IsUnique();
    }
}

internal sealed class FundSupportEntryConfiguration : IEntityTypeConfiguration<FundSupportEntry>
{
    public void Configure(EntityTypeBuilder<FundSupportEntry> builder) =>
        builder.Property(s => s.NoteJa).HasMaxLength(FundSupportEntry.NoteMaxLength);
}

internal sealed class FundQuarterlyReportConfiguration : IEntityTypeConfiguration<FundQuarterlyReport>
{
    public void Configure(EntityTypeBuilder<FundQuarterlyReport> builder)
    {
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Dpi).HasPrecision(18, 4);
        builder.Property(r => r.Rvpi).HasPrecision(18, 4);
        builder.Property(r => r.Tvpi).HasPrecision(18, 4);
        builder.Property(r => r.NetIrr).HasPrecision(28, 10);
        builder.Property(r => r.SubmittedById).HasMaxLength(450);
        builder.Property(r => r.DecidedById).HasMaxLength(450);
        builder.Property(r => r.ReturnReason).HasMaxLength(FundQuarterlyReport.ReasonMaxLength);
        builder.Property(r => r.OperatorNameJa).HasMaxLength(Fund.NameMaxLength);
        builder.HasIndex(r => new { r.FundId, r.QuarterEnd });
    }
}
