using AllJapanTokyo.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>The business-meeting scheduler's sets: programmes of events, their sessions, participants, requests and meetings.</summary>
public partial class AppDbContext
{
    public DbSet<MeetingProgramme> MeetingProgrammes => Set<MeetingProgramme>();

    public DbSet<MeetingSession> MeetingSessions => Set<MeetingSession>();

    public DbSet<MeetingParticipant> MeetingParticipants => Set<MeetingParticipant>();

    public DbSet<MeetingAbsence> MeetingAbsences => Set<MeetingAbsence>();

    public DbSet<MeetingRequest> MeetingRequests => Set<MeetingRequest>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingSeat> MeetingSeats => Set<MeetingSeat>();
}
