using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Initiatives;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// The shared domain model: prefectures, organisations, enterprises, initiatives, events, participations, indicators.
// Keys of reference data are their natural codes ("13", "2-3", "exhibitors"); text lengths are bounded so that
// SQL Server can index them.

internal sealed class PrefectureConfiguration : IEntityTypeConfiguration<Prefecture>
{
    public void Configure(EntityTypeBuilder<Prefecture> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(2).IsFixedLength();
        builder.ComplexProperty(p => p.Name, name => name.HasColumnsNamed("Name", 20));
        builder.Property(p => p.NameKana).HasMaxLength(20);
        builder.ComplexProperty(p => p.Region, region => region.HasColumnsNamed("Region", 20));
        builder.HasIndex(p => new { p.TileRow, p.TileColumn }).IsUnique();
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.NameJa).HasMaxLength(200);
        builder.Property(o => o.NameEn).HasMaxLength(200);
        builder.Property(o => o.PrefectureCode).HasMaxLength(2);
        builder.Property(o => o.NoteJa).HasMaxLength(1000);
        builder.Property(o => o.TenderPrefix).HasMaxLength(Organization.MaxTenderPrefixLength);
        builder.HasIndex(o => o.NameJa);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(o => o.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.Property(e => e.CorporateNumber).HasMaxLength(CorporateNumber.Length).IsFixedLength();
        builder.HasIndex(e => e.CorporateNumber).IsUnique();
        builder.Property(e => e.NameJa).HasMaxLength(Enterprise.MaxNameLength);
        builder.Property(e => e.NameKana).HasMaxLength(Enterprise.MaxNameLength);
        builder.Property(e => e.PrefectureCode).HasMaxLength(2);
        builder.Property(e => e.Address).HasMaxLength(Enterprise.MaxAddressLength);
        builder.Property(e => e.JsicMajorGroup).HasMaxLength(1);
        builder.Property(e => e.Capabilities).HasMaxLength(Enterprise.MaxCapabilitiesLength);
        builder.Property(e => e.Certifications).HasMaxLength(Enterprise.MaxCertificationsLength);
        builder.Property(e => e.PrText).HasMaxLength(Enterprise.MaxPrTextLength);
        builder.Property(e => e.ScreeningNote).HasMaxLength(Enterprise.MaxReasonLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.IsSme);
        builder.Ignore(e => e.CanBid);
        builder.Ignore(e => e.HasPublicPage);
        builder.HasIndex(e => new { e.ScreeningStatus, e.RegisteredAtUtc });
        builder.HasIndex(e => new { e.PrefectureCode, e.ScreeningStatus });
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(e => e.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> builder)
    {
        builder.HasKey(c => c.Number);
        builder.Property(c => c.Number).ValueGeneratedNever();
        builder.ComplexProperty(c => c.Title, title => title.HasColumnsNamed("Title", 200));
        builder.HasMany(c => c.Initiatives).WithOne(i => i.Chapter).HasForeignKey(i => i.ChapterNumber).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(8);
        builder.ComplexProperty(i => i.Title, title => title.HasColumnsNamed("Title", 200));
        builder.Property(i => i.ProgrammeJa).HasMaxLength(200);
        builder.Ignore(i => i.SortOrder);
        builder.Ignore(i => i.CircledNumber);
        builder.HasIndex(i => new { i.ChapterNumber, i.Number }).IsUnique();
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.InitiativeCode).HasMaxLength(8);
        builder.Property(e => e.NameJa).HasMaxLength(200);
        builder.Property(e => e.VenueJa).HasMaxLength(300);
        builder.Property(e => e.HostPrefectureCode).HasMaxLength(2);
        builder.Property(e => e.CancelReasonJa).HasMaxLength(500);
        builder.Property(e => e.PartnersJa).HasMaxLength(500);
        builder.Property(e => e.NoteJa).HasMaxLength(1000);
        builder.HasIndex(e => new { e.InitiativeCode, e.FiscalYear });
        builder.HasIndex(e => e.HostPrefectureCode);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(e => e.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(e => e.HostPrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.Property(p => p.InitiativeCode).HasMaxLength(8);
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.HasIndex(p => new { p.FiscalYear, p.InitiativeCode, p.PrefectureCode });
        builder.HasIndex(p => new { p.PrefectureCode, p.FiscalYear });
        builder.HasOne(p => p.Event).WithMany(e => e.Participations).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(p => p.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorDefinitionConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.ComplexProperty(i => i.Label, label => label.HasColumnsNamed("Label", IndicatorDefinition.LabelMaxLength));
        builder.ComplexProperty(i => i.Unit, unit => unit.HasColumnsNamed("Unit", IndicatorDefinition.UnitMaxLength));
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.Property(v => v.InitiativeCode).HasMaxLength(8);
        builder.Property(v => v.IndicatorCode).HasMaxLength(64);
        builder.Property(v => v.PrefectureCode).HasMaxLength(2);
        builder.Property(v => v.NoteJa).HasMaxLength(IndicatorValue.NoteMaxLength);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.IsActivityMissing);
        builder.HasIndex(v => new { v.FiscalYear, v.InitiativeCode, v.IndicatorCode, v.PrefectureCode });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(v => v.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndicatorDefinition>().WithMany().HasForeignKey(v => v.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(v => v.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Prefectures).WithOne().HasForeignKey(p => p.IndicatorValueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ComputedFigure>().WithMany().HasForeignKey(v => v.ComputedFigureId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EventOrganizerAssignmentConfiguration : IEntityTypeConfiguration<EventOrganizerAssignment>
{
    public void Configure(EntityTypeBuilder<EventOrganizerAssignment> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => new { a.EventId, a.UserId }).IsUnique();
        builder.HasIndex(a => a.UserId);
        builder.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorValuePrefectureConfiguration : IEntityTypeConfiguration<IndicatorValuePrefecture>
{
    public void Configure(EntityTypeBuilder<IndicatorValuePrefecture> builder)
    {
        builder.HasKey(p => new { p.IndicatorValueId, p.PrefectureCode });
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.MaxDisplayNameLength);
        builder.Property(u => u.PrefectureCode).HasMaxLength(2);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(u => u.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(u => u.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(8);
        builder.Ignore(u => u.IsDisabled);
    }
}

internal static class LocalizedTextColumns
{
    /// <summary>A <see cref="LocalizedText"/> as four columns beside the entity's own: NameJa, NameEn, NameZhHans, NameKo.</summary>
    public static void HasColumnsNamed<TOwner>(this ComplexPropertyBuilder<TOwner> text, string prefix, int maxLength)
        where TOwner : class
    {
        text.Property(nameof(LocalizedText.Ja)).HasColumnName(prefix + "Ja").HasMaxLength(maxLength);
        text.Property(nameof(LocalizedText.En)).HasColumnName(prefix + "En").HasMaxLength(maxLength);
        text.Property(nameof(LocalizedText.ZhHans)).HasColumnName(prefix + "ZhHans").HasMaxLength(maxLength);
        text.Property(nameof(LocalizedText.Ko)).HasColumnName(prefix + "Ko").HasMaxLength(maxLength);
    }
}
