using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>An application as its form sends it.</summary>
public sealed record PrCornerApplication(string? Municipality, string? Title, string? Plan, DateOnly? Date, PrCornerSlot Slot);

/// <summary>An application as the pages list it.</summary>
public sealed record PrCornerBookingItem(
    int Id, string PrefectureCode, LocalizedText PrefectureName, string MunicipalityJa, string TitleJa, string PlanJa, DateOnly Date, PrCornerSlot Slot,
    PrCornerBookingState State, string? DeclineReasonJa);

/// <summary>
/// The PR corner's calendar. A municipality applies through its prefecture's staff account (the portal has accounts for
/// prefectures, and no list of municipalities to bind a municipal account to), naming itself in the application; Tokyo
/// staff approve or decline, and Tokyo's officials hear of each new application. An application holds its half-days from the moment it is made: a second application for a
/// half-day already held is refused, and the unique index on the held half-days refuses it even when two arrive at once.
/// A declined application gives its half-days back. Each approval proposes the fiscal year's count of organisations
/// (indicator <see cref="TourismService.PrEventIndicator"/> of 6-5) to the reporting workflow, and the applicant hears
/// of the decision.
/// </summary>
public sealed class PrCorner(AppDbContext db, Notifier notifier, ComputedFigureProposals proposals, LinkGenerator links, TimeProvider clock)
{
    public const string FigureSourceKind = "tourism.pr-corner";

    /// <summary>Today in Japan, by the portal's clock.</summary>
    public DateOnly Today => JapanTime.DayOf(clock.GetUtcNow());

    /// <summary>The approved events from today on, for the public calendar.</summary>
    public Task<List<PrCornerBookingItem>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        return ItemsAsync(db.PrCornerBookings.Where(b => b.State == PrCornerBookingState.Approved && b.Date >= today).OrderBy(b => b.Date).ThenBy(b => b.Slot), cancellationToken);
    }

    /// <summary>A prefecture's applications (staff) or all of them (Tokyo), latest dates first.</summary>
    public Task<List<PrCornerBookingItem>> ApplicationsAsync(string? prefectureCode, CancellationToken cancellationToken) =>
        ItemsAsync(db.PrCornerBookings.Where(b => prefectureCode == null || b.PrefectureCode == prefectureCode).OrderByDescending(b => b.Date), cancellationToken);

    public async Task<PrCornerProblem?> ApplyAsync(PrCornerApplication application, string prefectureCode, string applicantUserId, CancellationToken cancellationToken)
    {
        if (Check(application) is { } problem)
        {
            return problem;
        }

        var date = application.Date!.Value;
        var halves = PrCornerBooking.HalvesOf(application.Slot);
        var booking = new PrCornerBooking
        {
            PrefectureCode = prefectureCode,
            MunicipalityJa = application.Municipality!.Trim(),
            TitleJa = application.Title!.Trim(),
            PlanJa = application.Plan!.Trim(),
            Date = date,
            Slot = application.Slot,
            State = PrCornerBookingState.Applied,
            ApplicantUserId = applicantUserId,
            AppliedAtUtc = clock.GetUtcNow().UtcDateTime,
            Claims = halves.Select(h => new PrCornerSlotClaim { Date = date, Half = h }).ToList(),
        };

        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (await db.PrCornerSlotClaims.AnyAsync(c => c.Date == date && halves.Contains(c.Half), cancellationToken))
        {
            return PrCornerProblem.SlotTaken;
        }

        db.PrCornerBookings.Add(booking);
        var review = links.GetPathByAction("Review", "PrCorner", new { area = "Tourism" }) ?? throw new InvalidOperationException("The PR corner has no review page.");
        var prefectureJa = (await db.PrefectureNamesAsync(cancellationToken))[prefectureCode].Ja;
        await notifier.NotifyAsync(
            await TourismOfficials.IdsAsync(db, cancellationToken),
            new PrCornerAppliedNotification(prefectureJa, booking.MunicipalityJa, booking.TitleJa, date, booking.Slot, review),
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another application took the half-day between the check and the insert: the unique index refused this one.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return PrCornerProblem.SlotTaken;
        }

        return null;
    }

    public async Task<(bool Found, PrCornerProblem? Problem)> DecideAsync(int id, bool approve, string? reason, string decidedBy, CancellationToken cancellationToken)
    {
        var booking = await db.PrCornerBookings.Include(b => b.Claims).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null)
        {
            return (false, null);
        }

        if (booking.State != PrCornerBookingState.Applied)
        {
            return (true, PrCornerProblem.AlreadyDecided);
        }

        if (!approve && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > PrCornerBooking.ReasonMaxLength))
        {
            return (true, PrCornerProblem.ReasonRequired);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        booking.State = approve ? PrCornerBookingState.Approved : PrCornerBookingState.Declined;
        booking.DecidedBy = decidedBy;
        booking.DecidedAtUtc = now;
        if (!approve)
        {
            booking.DeclineReasonJa = reason!.Trim();
            db.PrCornerSlotClaims.RemoveRange(booking.Claims);
        }

        var path = links.GetPathByAction("Mine", "PrCorner", new { area = "Tourism" }) ?? throw new InvalidOperationException("The PR corner has no route.");
        await notifier.NotifyAsync(
            [booking.ApplicantUserId],
            new PrCornerDecisionNotification(booking.TitleJa, booking.Date, booking.Slot, approve, booking.DeclineReasonJa, path),
            cancellationToken);
        if (approve)
        {
            await ProposeCountAsync(booking, cancellationToken);
        }

        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (true, null);
    }

    /// <summary>The organisations that held (or will hold) an approved PR event in the booking's fiscal year, this one included.</summary>
    private async Task ProposeCountAsync(PrCornerBooking booking, CancellationToken cancellationToken)
    {
        var fiscalYear = FiscalYear.Containing(booking.Date);
        var (first, last) = (fiscalYear.FirstDay, fiscalYear.LastDay);
        var others = await db.PrCornerBookings.AsNoTracking()
            .Where(b => b.State == PrCornerBookingState.Approved && b.Id != booking.Id && b.Date >= first && b.Date <= last)
            .Select(b => new { b.PrefectureCode, b.MunicipalityJa })
            .ToListAsync(cancellationToken);
        var count = others.Append(new { booking.PrefectureCode, booking.MunicipalityJa }).Distinct().Count();
        await proposals.ProposeAsync(
            new FigureSource(FigureSourceKind, fiscalYear.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture), $"全国観光ＰＲコーナーの承認済みPRイベント（{fiscalYear.JapaneseLabel}）の実施団体数から算出", false),
            [new FigureProposal(fiscalYear.StartYear, "6-5", TourismService.PrEventIndicator, null, count)],
            cancellationToken);
    }

    private PrCornerProblem? Check(PrCornerApplication a)
    {
        if (string.IsNullOrWhiteSpace(a.Municipality))
        {
            return PrCornerProblem.MunicipalityRequired;
        }

        if (string.IsNullOrWhiteSpace(a.Title))
        {
            return PrCornerProblem.TitleRequired;
        }

        if (string.IsNullOrWhiteSpace(a.Plan))
        {
            return PrCornerProblem.PlanRequired;
        }

        if (a.Municipality.Trim().Length > PrCornerBooking.MunicipalityMaxLength || a.Title.Trim().Length > PrCornerBooking.TitleMaxLength || a.Plan.Trim().Length > PrCornerBooking.PlanMaxLength)
        {
            return PrCornerProblem.TooLong;
        }

        return a.Date is not { } date || date <= Today || !Enum.IsDefined(a.Slot) ? PrCornerProblem.DateInThePast : null;
    }

    private async Task<List<PrCornerBookingItem>> ItemsAsync(IQueryable<PrCornerBooking> bookings, CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var rows = await bookings.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(b => new PrCornerBookingItem(
            b.Id, b.PrefectureCode, prefectures[b.PrefectureCode], b.MunicipalityJa, b.TitleJa, b.PlanJa, b.Date, b.Slot, b.State, b.DeclineReasonJa)).ToList();
    }
}
