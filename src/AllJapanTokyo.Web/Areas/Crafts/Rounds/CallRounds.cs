using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Crafts.Rounds;

/// <summary>The form that opens a round, as typed; the deadline is a date in Japan time (the whole day counts).</summary>
public sealed class RoundInput
{
    public string? TitleJa { get; set; }

    public string? DescriptionJa { get; set; }

    public string? Deadline { get; set; }
}

/// <summary>An application with the applicant's name, for Tokyo's list.</summary>
public sealed record ApplicationRow(CraftRoundApplication Application, string ApplicantJa, int ProfileId);

/// <summary>A round with its applications (all for Tokyo; only one's own for a maker or designer).</summary>
public sealed record RoundView(CraftCallRound Round, IReadOnlyList<ApplicationRow> Applications, bool IsOpen);

/// <summary>Who is asking: Tokyo staff, or a maker's or designer's profile (null when the account has none).</summary>
public sealed record RoundViewer(bool IsTokyoStaff, int? MakerId, int? DesignerId);

/// <summary>
/// Call rounds: Tokyo opens a round with a deadline; makers and designers apply separately (a designer with a recent
/// product: text and image) until the deadline, once each; after it, Tokyo selects.
/// </summary>
public sealed class CallRounds(AppDbContext db, TimeProvider clock, Notifier notifier)
{
    public async Task<RoundViewer> ViewerAsync(string userId, bool isTokyoStaff, CancellationToken cancellationToken) => new(
        isTokyoStaff,
        await db.CraftMakers.Where(m => m.UserId == userId).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken),
        await db.Designers.Where(d => d.UserId == userId).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken));

    public async Task<IReadOnlyList<CraftCallRound>> ListAsync(CancellationToken cancellationToken) =>
        await db.CraftCallRounds.AsNoTracking().OrderByDescending(r => r.DeadlineUtc).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);

    public async Task<(IReadOnlyList<CraftFieldProblem> Problems, int Id)> OpenAsync(RoundInput input, CancellationToken cancellationToken)
    {
        var (title, description) = (input.TitleJa?.Trim() ?? "", input.DescriptionJa?.Trim() ?? "");
        var problems = new List<CraftFieldProblem>();
        if (title.Length == 0)
        {
            problems.Add(new("TitleJa", CraftProblem.Required));
        }
        else if (title.Length > CraftCallRound.TitleMaxLength)
        {
            problems.Add(new("TitleJa", CraftProblem.TooLong));
        }

        if (description.Length > CraftCallRound.TextMaxLength)
        {
            problems.Add(new("DescriptionJa", CraftProblem.TooLong));
        }

        if (string.IsNullOrWhiteSpace(input.Deadline))
        {
            problems.Add(new("Deadline", CraftProblem.Required));
        }

        DateOnly deadline = default;
        if (!string.IsNullOrWhiteSpace(input.Deadline) && !DateOnly.TryParseExact(input.Deadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out deadline))
        {
            problems.Add(new("Deadline", CraftProblem.NotADate));
        }

        if (problems.Count > 0)
        {
            return (problems, 0);
        }

        var round = new CraftCallRound
        {
            TitleJa = title,
            DescriptionJa = description,
            FiscalYear = FiscalYear.Containing(deadline).StartYear,
            DeadlineUtc = EndOfDayUtc(deadline),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CraftCallRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return ([], round.Id);
    }

    /// <summary>The last microsecond of a day in Japan time, in UTC (microseconds: what every database keeps).</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        JapanTime.StartOfDayUtc(day.AddDays(1)).AddTicks(-10);

    /// <summary>The round as the viewer may see it: Tokyo all applications, a maker or designer only its own.</summary>
    public async Task<RoundView?> RoundAsync(int id, RoundViewer viewer, CancellationToken cancellationToken)
    {
        var round = await db.CraftCallRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var applications = db.CraftRoundApplications.AsNoTracking().Where(a => a.RoundId == id);
        if (!viewer.IsTokyoStaff)
        {
            applications = applications.Where(a => (viewer.MakerId != null && a.MakerId == viewer.MakerId) || (viewer.DesignerId != null && a.DesignerId == viewer.DesignerId));
        }

        var rows = await (
                from a in applications
                join m in db.CraftMakers on a.MakerId equals m.Id into makers
                from m in makers.DefaultIfEmpty()
                join d in db.Designers on a.DesignerId equals d.Id into designers
                from d in designers.DefaultIfEmpty()
                orderby a.Id
                select new
                {
                    a.Id, a.RoundId, a.MakerId, a.DesignerId, a.StatementJa, a.RecentProductJa, a.RecentProductImageType,
                    a.SubmittedAtUtc, a.SelectedAtUtc, a.DeclinedAtUtc, MakerName = m != null ? m.NameJa : null, DesignerName = d != null ? d.NameJa : null,
                })
            .ToListAsync(cancellationToken);
        return new RoundView(
            round,
            rows.Select(r => new ApplicationRow(
                    new CraftRoundApplication
                    {
                        Id = r.Id, RoundId = r.RoundId, MakerId = r.MakerId, DesignerId = r.DesignerId, StatementJa = r.StatementJa,
                        RecentProductJa = r.RecentProductJa, RecentProductImageType = r.RecentProductImageType,
                        SubmittedAtUtc = r.SubmittedAtUtc, SelectedAtUtc = r.SelectedAtUtc, DeclinedAtUtc = r.DeclinedAtUtc,
                    },
                    r.MakerName ?? r.DesignerName ?? "",
                    r.MakerId ?? r.DesignerId ?? 0))
                .ToList(),
            round.IsOpenAt(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>
    /// A maker's or designer's application (the side is the viewer's profile). Refused after the deadline, twice, without
    /// a profile, or for a designer without a recent product (text and image); nothing stored then.
    /// </summary>
    public async Task<IReadOnlyList<CraftFieldProblem>?> ApplyAsync(
        int roundId, RoundViewer viewer, CraftApplicantSide side, string? statement, string? recentProduct, byte[]? image, CancellationToken cancellationToken)
    {
        var round = await db.CraftCallRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var problems = new List<CraftFieldProblem>();
        var now = clock.GetUtcNow().UtcDateTime;
        var applicant = side == CraftApplicantSide.Maker ? viewer.MakerId : viewer.DesignerId;
        if (!round.IsOpenAt(now))
        {
            return [new("", CraftProblem.DeadlinePassed)];
        }

        if (applicant is null)
        {
            return [new("", CraftProblem.NoProfile)];
        }

        if (await db.CraftRoundApplications.AnyAsync(a => a.RoundId == roundId && (side == CraftApplicantSide.Maker ? a.MakerId == applicant : a.DesignerId == applicant), cancellationToken))
        {
            return [new("", CraftProblem.AlreadyApplied)];
        }

        (statement, recentProduct) = (statement?.Trim() ?? "", recentProduct?.Trim() ?? "");
        if (statement.Length == 0)
        {
            problems.Add(new("StatementJa", CraftProblem.Required));
        }
        else if (statement.Length > CraftRoundApplication.TextMaxLength)
        {
            problems.Add(new("StatementJa", CraftProblem.TooLong));
        }

        if (side == CraftApplicantSide.Designer)
        {
            if (recentProduct.Length == 0)
            {
                problems.Add(new("RecentProductJa", CraftProblem.Required));
            }
            else if (recentProduct.Length > CraftRoundApplication.TextMaxLength)
            {
                problems.Add(new("RecentProductJa", CraftProblem.TooLong));
            }

            if (CraftMakerImage.Problem(image ?? [], 0, 1) is { } imageProblem)
            {
                problems.Add(new("RecentProductImage", imageProblem));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        db.CraftRoundApplications.Add(new CraftRoundApplication
        {
            RoundId = roundId,
            MakerId = side == CraftApplicantSide.Maker ? applicant : null,
            DesignerId = side == CraftApplicantSide.Designer ? applicant : null,
            StatementJa = statement,
            RecentProductJa = side == CraftApplicantSide.Designer ? recentProduct : "",
            RecentProductImageType = side == CraftApplicantSide.Designer ? EnterpriseImage.DetectContentType(image!) : null,
            RecentProductImage = side == CraftApplicantSide.Designer ? image : null,
            SubmittedAtUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same applicant in the same moment from another tab: the unique index kept one.
            db.ChangeTracker.Clear();
            return [new("", CraftProblem.AlreadyApplied)];
        }

        return [];
    }

    /// <summary>
    /// Tokyo selects an application once the deadline has passed, or declines it (also one selected before); the
    /// applicant is told, in the same save, whenever the decision changes.
    /// </summary>
    public async Task<CraftProblem?> SelectAsync(int roundId, int applicationId, bool selected, CancellationToken cancellationToken)
    {
        var round = await db.CraftCallRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (round.IsOpenAt(now))
        {
            return CraftProblem.RoundStillOpen;
        }

        var application = await db.CraftRoundApplications.SingleAsync(a => a.Id == applicationId && a.RoundId == roundId, cancellationToken);
        var changed = selected ? application.SelectedAtUtc is null : application.DeclinedAtUtc is null;
        application.SelectedAtUtc = selected ? application.SelectedAtUtc ?? now : null;
        application.DeclinedAtUtc = selected ? null : application.DeclinedAtUtc ?? now;
        if (changed)
        {
            var applicant = application.MakerId is { } makerId
                ? db.CraftMakers.Where(m => m.Id == makerId).Select(m => m.UserId)
                : db.Designers.Where(d => d.Id == application.DesignerId).Select(d => d.UserId);
            await notifier.NotifyAsync(await applicant.ToListAsync(cancellationToken), new CraftApplicationDecided(roundId, round.TitleJa, selected), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> ExistsAsync(int roundId, int? applicationId, CancellationToken cancellationToken) =>
        applicationId is null
            ? await db.CraftCallRounds.AnyAsync(r => r.Id == roundId, cancellationToken)
            : await db.CraftRoundApplications.AnyAsync(a => a.Id == applicationId && a.RoundId == roundId, cancellationToken);

    /// <summary>A designer's recent-product image, for Tokyo and the applicant only.</summary>
    public async Task<(string Type, byte[] Content)?> ImageAsync(int applicationId, RoundViewer viewer, CancellationToken cancellationToken)
    {
        var image = await db.CraftRoundApplications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.RecentProductImage != null
                && (viewer.IsTokyoStaff || (viewer.DesignerId != null && a.DesignerId == viewer.DesignerId)))
            .Select(a => new { a.RecentProductImageType, a.RecentProductImage })
            .SingleOrDefaultAsync(cancellationToken);
        return image is null ? null : (image.RecentProductImageType!, image.RecentProductImage!);
    }
}
