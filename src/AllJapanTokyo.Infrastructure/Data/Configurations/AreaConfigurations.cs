using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Domain.Initiatives;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Domain.Tourism;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// Entities that belong to one area each: crafts, funds, tourism, antenna shops, procurement.

internal sealed class CraftCollaborationConfiguration : IEntityTypeConfiguration<CraftCollaboration>
{
    public void Configure(EntityTypeBuilder<CraftCollaboration> builder)
    {
        builder.Property(c => c.ProductJa).HasMaxLength(200);
        builder.Property(c => c.TokyoCraftJa).HasMaxLength(100);
        builder.Property(c => c.PartnerCraftJa).HasMaxLength(100);
        builder.Property(c => c.PartnerPrefectureCode).HasMaxLength(2);
        builder.Property(c => c.ProgrammeJa).HasMaxLength(200);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(c => c.PartnerPrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.WhereToBuyJa).HasMaxLength(1000);
        builder.HasOne<Craft>().WithMany().HasForeignKey(c => c.TokyoCraftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Craft>().WithMany().HasForeignKey(c => c.PartnerCraftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CraftTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> builder)
    {
        builder.Property(f => f.NameJa).HasMaxLength(200);
        builder.Property(f => f.InvestorsJa).HasMaxLength(200);
        builder.Property(f => f.FlowsJa).HasMaxLength(200);
        builder.Property(f => f.NoteJa).HasMaxLength(1000);
        builder.HasMany(f => f.Investments).WithOne(i => i.Fund).HasForeignKey(i => i.FundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundInvestmentConfiguration : IEntityTypeConfiguration<FundInvestment>
{
    public void Configure(EntityTypeBuilder<FundInvestment> builder)
    {
        builder.Property(i => i.CompanyNameJa).HasMaxLength(200);
        builder.Property(i => i.PrefectureCode).HasMaxLength(2);
        builder.Property(i => i.NoteJa).HasMaxLength(1000);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(i => i.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TourismPartnershipConfiguration : IEntityTypeConfiguration<TourismPartnership>
{
    public void Configure(EntityTypeBuilder<TourismPartnership> builder)
    {
        builder.Property(p => p.InitiativeCode).HasMaxLength(8);
        builder.Property(p => p.PartnerJa).HasMaxLength(200);
        builder.Property(p => p.NoteJa).HasMaxLength(1000);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(p => p.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Prefectures).WithOne().HasForeignKey(p => p.TourismPartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TourismPartnershipPrefectureConfiguration : IEntityTypeConfiguration<TourismPartnershipPrefecture>
{
    public void Configure(EntityTypeBuilder<TourismPartnershipPrefecture> builder)
    {
        builder.HasKey(p => new { p.TourismPartnershipId, p.PrefectureCode });
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TouristRouteConfiguration : IEntityTypeConfiguration<TouristRoute>
{
    public void Configure(EntityTypeBuilder<TouristRoute> builder)
    {
        builder.Property(r => r.InitiativeCode).HasMaxLength(8);
        builder.Property(r => r.RegionJa).HasMaxLength(50);
        builder.Property(r => r.Theme).HasMaxLength(100);
        builder.Property(r => r.SummaryJa).HasMaxLength(2000);
        builder.Property(r => r.NoteJa).HasMaxLength(1000);
        builder.Property(r => r.NameEn).HasMaxLength(RouteStopRules.NameMaxLength);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Days).WithOne().HasForeignKey(d => d.TouristRouteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.OtherSpots).WithOne().HasForeignKey(s => s.TouristRouteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TouristRouteDayConfiguration : IEntityTypeConfiguration<TouristRouteDay>
{
    public void Configure(EntityTypeBuilder<TouristRouteDay> builder)
    {
        builder.Property(d => d.PrefectureCode).HasMaxLength(2);
        builder.HasIndex(d => new { d.TouristRouteId, d.DayNumber }).IsUnique();
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(d => d.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Stops).WithOne().HasForeignKey(s => s.TouristRouteDayId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TouristRouteSpotConfiguration : IEntityTypeConfiguration<TouristRouteSpot>
{
    public void Configure(EntityTypeBuilder<TouristRouteSpot> builder)
    {
        builder.Property(s => s.NameJa).HasMaxLength(200);
        builder.Property(s => s.PrefectureCode).HasMaxLength(2);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(s => s.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StampRallyConfiguration : IEntityTypeConfiguration<StampRally>
{
    public void Configure(EntityTypeBuilder<StampRally> builder) => builder.HasIndex(s => s.FiscalYear);
}
