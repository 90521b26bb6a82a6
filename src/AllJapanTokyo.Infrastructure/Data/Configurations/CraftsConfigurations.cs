using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Prefectures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// The crafts measure (2-2): the craft register, makers, call rounds, applications and teams.

internal sealed class CraftConfiguration : IEntityTypeConfiguration<Craft>
{
    public void Configure(EntityTypeBuilder<Craft> builder)
    {
        builder.Property(c => c.NameJa).HasMaxLength(Craft.NameMaxLength);
        builder.Property(c => c.ReadingJa).HasMaxLength(Craft.NameMaxLength);
        builder.Property(c => c.PrefectureCode).HasMaxLength(2);
        builder.Property(c => c.Designation).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TechniquesJa).HasMaxLength(Craft.TextMaxLength);
        builder.Property(c => c.MaterialsJa).HasMaxLength(Craft.TextMaxLength);
        // A craft is named once per prefecture: the import updates the row of the same name.
        builder.HasIndex(c => new { c.PrefectureCode, c.NameJa }).IsUnique();
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(c => c.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CraftMakerConfiguration : IEntityTypeConfiguration<CraftMaker>
{
    public void Configure(EntityTypeBuilder<CraftMaker> builder)
    {
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.NameJa).HasMaxLength(CraftMaker.NameMaxLength);
        builder.Property(m => m.PrefectureCode).HasMaxLength(2);
        builder.Property(m => m.ProfileJa).HasMaxLength(CraftMaker.TextMaxLength);
        // One profile per account.
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(m => m.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Crafts).WithOne().HasForeignKey(c => c.MakerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Images).WithOne().HasForeignKey(i => i.MakerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CraftMakerCraftConfiguration : IEntityTypeConfiguration<CraftMakerCraft>
{
    public void Configure(EntityTypeBuilder<CraftMakerCraft> builder)
    {
        builder.HasKey(c => new { c.MakerId, c.CraftId });
        builder.HasOne<Craft>().WithMany().HasForeignKey(c => c.CraftId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CraftMakerImageConfiguration : IEntityTypeConfiguration<CraftMakerImage>
{
    public void Configure(EntityTypeBuilder<CraftMakerImage> builder)
    {
        builder.Property(i => i.ContentType).HasMaxLength(50);
        builder.Property(i => i.Caption).HasMaxLength(CraftMakerImage.MaxCaptionLength);
    }
}

internal sealed class CraftCallRoundConfiguration : IEntityTypeConfiguration<CraftCallRound>
{
    public void Configure(EntityTypeBuilder<CraftCallRound> builder)
    {
        builder.Property(r => r.TitleJa).HasMaxLength(CraftCallRound.TitleMaxLength);
        builder.Property(r => r.DescriptionJa).HasMaxLength(CraftCallRound.TextMaxLength);
        builder.HasMany(r => r.Applications).WithOne().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.MatchingEventId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CraftRoundApplicationConfiguration : IEntityTypeConfiguration<CraftRoundApplication>
{
    public void Configure(EntityTypeBuilder<CraftRoundApplication> builder)
    {
        builder.Ignore(a => a.Side);
        builder.Property(a => a.StatementJa).HasMaxLength(CraftRoundApplication.TextMaxLength);
        builder.Property(a => a.RecentProductJa).HasMaxLength(CraftRoundApplication.TextMaxLength);
        builder.Property(a => a.RecentProductImageType).HasMaxLength(50);
        // A maker or a designer applies once per round, even from two tabs at once (NULLs never collide).
        builder.HasIndex(a => new { a.RoundId, a.MakerId }).IsUnique();
        builder.HasIndex(a => new { a.RoundId, a.DesignerId }).IsUnique();
        builder.HasOne<CraftMaker>().WithMany().HasForeignKey(a => a.MakerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Designer>().WithMany().HasForeignKey(a => a.DesignerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CraftTeamConfiguration : IEntityTypeConfiguration<CraftTeam>
{
    public void Configure(EntityTypeBuilder<CraftTeam> builder)
    {
        builder.Property(t => t.NameJa).HasMaxLength(CraftTeam.NameMaxLength);
        builder.HasOne<CraftCallRound>().WithMany().HasForeignKey(t => t.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Designer>().WithMany().HasForeignKey(t => t.DesignerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Makers).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Milestones).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CraftTeamMakerConfiguration : IEntityTypeConfiguration<CraftTeamMaker>
{
    public void Configure(EntityTypeBuilder<CraftTeamMaker> builder)
    {
        builder.HasKey(m => new { m.TeamId, m.MakerId });
        builder.HasOne<CraftMaker>().WithMany().HasForeignKey(m => m.MakerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CraftMilestoneConfiguration : IEntityTypeConfiguration<CraftMilestone>
{
    public void Configure(EntityTypeBuilder<CraftMilestone> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ProgressJa).HasMaxLength(CraftMilestone.TextMaxLength);
        builder.HasIndex(m => new { m.TeamId, m.Kind }).IsUnique();
    }
}

internal sealed class CraftCollaborationImageConfiguration : IEntityTypeConfiguration<CraftCollaborationImage>
{
    public void Configure(EntityTypeBuilder<CraftCollaborationImage> builder)
    {
        builder.Property(i => i.ContentType).HasMaxLength(50);
        builder.Property(i => i.Caption).HasMaxLength(CraftMakerImage.MaxCaptionLength);
        builder.HasOne<CraftCollaboration>().WithMany().HasForeignKey(i => i.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}
