using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

internal sealed class MeetingProgrammeConfiguration : IEntityTypeConfiguration<MeetingProgramme>
{
    public void Configure(EntityTypeBuilder<MeetingProgramme> builder)
    {
        // One programme per event.
        builder.HasIndex(p => p.EventId).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Sessions).WithOne().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingSessionConfiguration : IEntityTypeConfiguration<MeetingSession>
{
    public void Configure(EntityTypeBuilder<MeetingSession> builder)
    {
        builder.Property(s => s.OnlineLink).HasMaxLength(MeetingSession.MaxLinkLength);
        builder.Ignore(s => s.IsOnline);
        builder.Ignore(s => s.SlotCount);
    }
}

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> builder)
    {
        builder.Property(p => p.NameJa).HasMaxLength(Enterprise.MaxNameLength);
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.Property(p => p.Offers).HasMaxLength(MeetingParticipant.MaxTextLength);
        builder.Property(p => p.Seeks).HasMaxLength(MeetingParticipant.MaxTextLength);
        // A company or an organisation registers once per programme, even from two tabs at once.
        builder.HasIndex(p => new { p.ProgrammeId, p.EnterpriseId }).IsUnique();
        builder.HasIndex(p => new { p.ProgrammeId, p.OrganizationId }).IsUnique();
        // A maker or a designer sits once per programme too.
        builder.HasIndex(p => new { p.ProgrammeId, p.UserId }).IsUnique();
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<MeetingProgramme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Absences).WithOne().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingAbsenceConfiguration : IEntityTypeConfiguration<MeetingAbsence>
{
    public void Configure(EntityTypeBuilder<MeetingAbsence> builder)
    {
        builder.HasKey(a => new { a.ParticipantId, a.SessionId });
        builder.HasOne<MeetingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.Property(r => r.Message).HasMaxLength(MeetingRequest.MaxMessageLength);
        // One request per ordered pair; the service also refuses the reverse while one stands.
        builder.HasIndex(r => new { r.FromParticipantId, r.ToParticipantId }).IsUnique();
        builder.HasIndex(r => new { r.ToParticipantId, r.Status });
        builder.HasIndex(r => new { r.ProgrammeId, r.Status });
        builder.HasOne<MeetingProgramme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.From).WithMany().HasForeignKey(r => r.FromParticipantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.To).WithMany().HasForeignKey(r => r.ToParticipantId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        // A request is met once; a table holds one meeting per slot (online meetings have no table: NULLs never collide).
        builder.HasIndex(m => m.RequestId).IsUnique();
        builder.HasIndex(m => new { m.SessionId, m.Slot, m.Table }).IsUnique();
        builder.HasIndex(m => m.ProgrammeId);
        builder.HasOne<MeetingProgramme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(m => m.Session).WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(m => m.Seats).WithOne().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingSeatConfiguration : IEntityTypeConfiguration<MeetingSeat>
{
    public void Configure(EntityTypeBuilder<MeetingSeat> builder)
    {
        // The rule the whole grid rests on: a participant is in at most one meeting per slot.
        builder.HasIndex(s => new { s.SessionId, s.Slot, s.ParticipantId }).IsUnique();
        builder.HasIndex(s => s.ParticipantId);
        builder.HasOne(s => s.Participant).WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<MeetingSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.NoAction);
    }
}
