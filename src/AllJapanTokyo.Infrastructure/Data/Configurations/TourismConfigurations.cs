using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

internal sealed class TouristRouteStopConfiguration : IEntityTypeConfiguration<TouristRouteStop>
{
    public void Configure(EntityTypeBuilder<TouristRouteStop> builder)
    {
        builder.Property(s => s.NameJa).HasMaxLength(RouteStopRules.NameMaxLength);
        builder.Property(s => s.NameEn).HasMaxLength(RouteStopRules.NameMaxLength);
        builder.Property(s => s.WhatToSeeJa).HasMaxLength(RouteStopRules.TextMaxLength);
        builder.Property(s => s.AccessJa).HasMaxLength(RouteStopRules.TextMaxLength);
        builder.Property(s => s.TimeJa).HasMaxLength(RouteStopRules.TimeMaxLength);
        builder.Ignore(s => s.HasCoordinates);
    }
}

internal sealed class RouteStopProposalConfiguration : IEntityTypeConfiguration<RouteStopProposal>
{
    public void Configure(EntityTypeBuilder<RouteStopProposal> builder)
    {
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.Property(p => p.ProposedByUserId).HasMaxLength(450);
        builder.Property(p => p.NameJa).HasMaxLength(RouteStopRules.NameMaxLength);
        builder.Property(p => p.NameEn).HasMaxLength(RouteStopRules.NameMaxLength);
        builder.Property(p => p.WhatToSeeJa).HasMaxLength(RouteStopRules.TextMaxLength);
        builder.Property(p => p.AccessJa).HasMaxLength(RouteStopRules.TextMaxLength);
        builder.Property(p => p.TimeJa).HasMaxLength(RouteStopRules.TimeMaxLength);
        builder.Property(p => p.DecidedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(p => p.DeclineReasonJa).HasMaxLength(RouteStopProposal.ReasonMaxLength);
        builder.HasIndex(p => new { p.State, p.TouristRouteStopId });
        builder.HasOne<TouristRouteStop>().WithMany().HasForeignKey(p => p.TouristRouteStopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.ProposedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PrCornerBookingConfiguration : IEntityTypeConfiguration<PrCornerBooking>
{
    public void Configure(EntityTypeBuilder<PrCornerBooking> builder)
    {
        builder.Property(b => b.PrefectureCode).HasMaxLength(2);
        builder.Property(b => b.MunicipalityJa).HasMaxLength(PrCornerBooking.MunicipalityMaxLength);
        builder.Property(b => b.TitleJa).HasMaxLength(PrCornerBooking.TitleMaxLength);
        builder.Property(b => b.PlanJa).HasMaxLength(PrCornerBooking.PlanMaxLength);
        builder.Property(b => b.ApplicantUserId).HasMaxLength(450);
        builder.Property(b => b.DecidedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(b => b.DeclineReasonJa).HasMaxLength(PrCornerBooking.ReasonMaxLength);
        builder.HasIndex(b => new { b.State, b.Date });
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(b => b.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.ApplicantUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Claims).WithOne().HasForeignKey(c => c.PrCornerBookingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PrCornerSlotClaimConfiguration : IEntityTypeConfiguration<PrCornerSlotClaim>
{
    // The one guarantee that a half-day is never given twice, whatever two requests race.
    public void Configure(EntityTypeBuilder<PrCornerSlotClaim> builder) => builder.HasIndex(c => new { c.Date, c.Half }).IsUnique();
}

internal sealed class TouristInfoCenterConfiguration : IEntityTypeConfiguration<TouristInfoCenter>
{
    public void Configure(EntityTypeBuilder<TouristInfoCenter> builder)
    {
        builder.Property(c => c.NameJa).HasMaxLength(100);
        builder.Property(c => c.NameEn).HasMaxLength(100);
        builder.Property(c => c.PrefectureCode).HasMaxLength(2);
        builder.Property(c => c.AddressJa).HasMaxLength(TouristInfoCenter.AddressMaxLength);
        builder.Property(c => c.Languages).HasMaxLength(100);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(c => c.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Hours).WithOne().HasForeignKey(h => h.TouristInfoCenterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Closures).WithOne().HasForeignKey(h => h.TouristInfoCenterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InfoCenterHoursConfiguration : IEntityTypeConfiguration<InfoCenterHours>
{
    // One row per weekday of a centre.
    public void Configure(EntityTypeBuilder<InfoCenterHours> builder) => builder.HasIndex(h => new { h.TouristInfoCenterId, h.Day }).IsUnique();
}

internal sealed class InfoCenterClosureConfiguration : IEntityTypeConfiguration<InfoCenterClosure>
{
    public void Configure(EntityTypeBuilder<InfoCenterClosure> builder)
    {
        builder.Property(c => c.ReasonJa).HasMaxLength(TouristInfoCenter.ReasonMaxLength);
        builder.HasIndex(c => new { c.TouristInfoCenterId, c.Until });
    }
}

internal sealed class MicePromotionConfiguration : IEntityTypeConfiguration<MicePromotion>
{
    public void Configure(EntityTypeBuilder<MicePromotion> builder)
    {
        builder.Property(p => p.TitleJa).HasMaxLength(MicePromotion.TitleMaxLength);
        builder.Property(p => p.OutcomeJa).HasMaxLength(MicePromotion.OutcomeMaxLength);
        builder.HasIndex(p => p.FiscalYear);
        builder.HasOne<TourismPartnership>().WithMany().HasForeignKey(p => p.TourismPartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Prefectures).WithOne().HasForeignKey(p => p.MicePromotionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MicePromotionPrefectureConfiguration : IEntityTypeConfiguration<MicePromotionPrefecture>
{
    public void Configure(EntityTypeBuilder<MicePromotionPrefecture> builder)
    {
        builder.HasKey(p => new { p.MicePromotionId, p.PrefectureCode });
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}
