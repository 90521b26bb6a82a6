using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>What an organiser decided on an application, for the message and the page.</summary>
public enum ApplicationDecision
{
    Select,
    NotSelect,
    Confirm,
    Withdraw,
}

/// <summary>
/// Exhibitor applications of the events the portal runs: a company applies, its prefecture recommends it, the organiser
/// selects, confirms and gives booths, the public reads the confirmed exhibitors. Every organiser change is told to the
/// company's people through the <see cref="Notifier"/>, saved with the change.
/// </summary>
public sealed class ExhibitorService(AppDbContext db, Notifier notifier, TimeProvider clock)
{
    public DateOnly TodayInJapan => JapanTime.DayOf(clock.GetUtcNow());

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>An event the portal runs, with its categories' taken booths; null when unknown or a record of the report.</summary>
    public async Task<RunEvent?> EventAsync(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking()
            .Include(x => x.BoothCategories)
            .Include(x => x.InvitedPrefectures)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id && x.Type != null, cancellationToken);
        if (e is null)
        {
            return null;
        }

        var taken = await db.ExhibitorApplications.AsNoTracking()
            .Where(a => a.EventId == id && (a.Status == ApplicationStatus.Selected || a.Status == ApplicationStatus.Confirmed))
            .GroupBy(a => a.BoothCategoryId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        return new RunEvent(
            e.Id, e.InitiativeCode, e.FiscalYear, e.NameJa, e.Type!.Value, e.Format, e.VenueJa, e.OnlineUrl, e.Start, e.End,
            e.ApplicationOpensOn, e.ApplicationClosesOn, e.IsSynthetic, e.ClosedAtUtc,
            e.BoothCategories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
                .Select(c => new BoothCategoryRow(c.Id, c.Code, c.NameJa, c.Count, c.FeeYen, taken.GetValueOrDefault(c.Id)))
                .ToList(),
            e.InvitedPrefectures.OrderBy(p => p.PrefectureCode).Select(p => prefectures.Option(p.PrefectureCode)).ToList());
    }

    // ---- The company ----

    /// <summary>The events whose application window is open today, soonest first (synthetic ones are marked).</summary>
    public async Task<IReadOnlyList<ManagedEventRow>> OpenCallsAsync(CancellationToken cancellationToken)
    {
        var today = TodayInJapan;
        return (await db.Events.AsNoTracking()
                .Where(e => e.Type != null && e.ClosedAtUtc == null && e.ApplicationOpensOn <= today && e.ApplicationClosesOn >= today)
                .Select(e => new { e.Id, e.NameJa, e.Type, e.Start, e.End, e.IsSynthetic, e.ClosedAtUtc, e.ApplicationClosesOn })
                .ToListAsync(cancellationToken))
            .OrderBy(e => e.ApplicationClosesOn).ThenBy(e => e.Id)
            .Select(e => new ManagedEventRow(e.Id, e.NameJa, e.Type!.Value, e.Start, e.End, 0, e.IsSynthetic, e.ClosedAtUtc))
            .ToList();
    }

    public async Task<ApplyViewModel?> ApplyPageAsync(int eventId, int enterpriseId, ApplyForm? form, IReadOnlyDictionary<string, ApplicationProblem>? errors, bool saved, CancellationToken cancellationToken)
    {
        var run = await EventAsync(eventId, cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId)
            .Select(e => new { e.NameJa, e.PrText, e.Capabilities, e.ScreeningStatus }).SingleOrDefaultAsync(cancellationToken);
        if (run is null || enterprise is null)
        {
            return null;
        }

        var existing = await (
                from a in db.ExhibitorApplications.AsNoTracking()
                join c in db.BoothCategories.AsNoTracking() on a.BoothCategoryId equals c.Id
                where a.EventId == eventId && a.EnterpriseId == enterpriseId
                select new { a.Id, a.Status, c.NameJa, c.Code, a.BoothNumber, a.ProductsJa, a.AppliedAtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        var own = existing is null ? null : new OwnApplication(existing.Id, existing.Status, existing.NameJa,
            existing.BoothNumber is { } n ? $"{existing.Code}-{n}" : null, existing.ProductsJa, existing.AppliedAtUtc);

        // The form starts from the company profile: its PR text, and its capabilities as the products to show.
        form ??= new ApplyForm { PrTextJa = enterprise.PrText, ProductsJa = enterprise.Capabilities, BoothCategoryId = run.Categories.FirstOrDefault(c => !c.IsFull)?.Id };
        return new ApplyViewModel(run, enterprise.NameJa, enterprise.ScreeningStatus == ScreeningStatus.Approved,
            await WindowOpenAsync(eventId, cancellationToken), own, form, errors ?? new Dictionary<string, ApplicationProblem>(), saved);
    }

    private async Task<bool> WindowOpenAsync(int eventId, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleAsync(x => x.Id == eventId, cancellationToken);
        return e.AcceptsApplicationsOn(TodayInJapan);
    }

    /// <summary>Stores the application, or says by field why not (nothing stored then).</summary>
    public async Task<IReadOnlyDictionary<string, ApplicationProblem>> ApplyAsync(int eventId, int enterpriseId, ApplyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, ApplicationProblem>(StringComparer.Ordinal);
        var e = await db.Events.Include(x => x.InvitedPrefectures).SingleAsync(x => x.Id == eventId, cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(x => x.Id == enterpriseId, cancellationToken);
        if (!enterprise.CanBid)
        {
            errors[""] = ApplicationProblem.EnterpriseNotApproved;
            return errors;
        }

        if (!e.AcceptsApplicationsOn(TodayInJapan))
        {
            errors[""] = ApplicationProblem.OutsideWindow;
            return errors;
        }

        if (await db.ExhibitorApplications.AnyAsync(a => a.EventId == eventId && a.EnterpriseId == enterpriseId, cancellationToken))
        {
            errors[""] = ApplicationProblem.AlreadyApplied;
            return errors;
        }

        if (!e.Invites(enterprise.PrefectureCode))
        {
            errors[""] = ApplicationProblem.PrefectureNotInvited;
            return errors;
        }

        var category = form.BoothCategoryId is { } categoryId
            ? await db.BoothCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == categoryId && c.EventId == eventId, cancellationToken)
            : null;
        if (category is null)
        {
            errors[nameof(ApplyForm.BoothCategoryId)] = ApplicationProblem.NoCategory;
        }
        else if (await TakenAsync(category.Id, cancellationToken) >= category.Count)
        {
            errors[nameof(ApplyForm.BoothCategoryId)] = ApplicationProblem.CategoryFull;
        }

        var products = ProfileText.Clean(form.ProductsJa);
        if (products is null)
        {
            errors[nameof(ApplyForm.ProductsJa)] = ApplicationProblem.ProductsMissing;
        }
        else if (products.Length > ExhibitorApplication.MaxProductsLength)
        {
            errors[nameof(ApplyForm.ProductsJa)] = ApplicationProblem.ProductsTooLong;
        }

        var pr = ProfileText.Clean(form.PrTextJa);
        if (pr is { Length: > ExhibitorApplication.MaxPrTextLength })
        {
            errors[nameof(ApplyForm.PrTextJa)] = ApplicationProblem.PrTextTooLong;
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.ExhibitorApplications.Add(new ExhibitorApplication
        {
            EventId = eventId,
            EnterpriseId = enterpriseId,
            BoothCategoryId = category!.Id,
            PrefectureCode = enterprise.PrefectureCode,
            ProductsJa = products!,
            PrTextJa = pr,
            IsOnline = form.IsOnline,
            AppliedAtUtc = Now,
            IsSynthetic = e.IsSynthetic,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two posts of the same company at once: the unique (event, company) index keeps one.
            db.ChangeTracker.Clear();
            errors[""] = ApplicationProblem.AlreadyApplied;
        }

        return errors;
    }

    /// <summary>The company withdraws its own application.</summary>
    public async Task<ApplicationProblem?> WithdrawOwnAsync(int eventId, int enterpriseId, CancellationToken cancellationToken)
    {
        var application = await db.ExhibitorApplications.SingleOrDefaultAsync(a => a.EventId == eventId && a.EnterpriseId == enterpriseId, cancellationToken);
        if (application is null)
        {
            return ApplicationProblem.WrongState;
        }

        var problem = application.Withdraw(Now);
        if (problem is null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return problem;
    }

    private Task<int> TakenAsync(int categoryId, CancellationToken cancellationToken) =>
        db.ExhibitorApplications.CountAsync(a => a.BoothCategoryId == categoryId && (a.Status == ApplicationStatus.Selected || a.Status == ApplicationStatus.Confirmed), cancellationToken);

    // ---- The organiser ----

    public async Task<IReadOnlyList<ManagedEventRow>> ManagedEventsAsync(IReadOnlyCollection<int>? onlyIds, CancellationToken cancellationToken) =>
        (await db.Events.AsNoTracking()
            .Where(e => e.Type != null && (onlyIds == null || onlyIds.Contains(e.Id)))
            .Select(e => new
            {
                e.Id, e.NameJa, e.Type, e.Start, e.End, e.IsSynthetic, e.ClosedAtUtc,
                Applications = db.ExhibitorApplications.Count(a => a.EventId == e.Id),
            })
            .ToListAsync(cancellationToken))
        .OrderByDescending(e => e.Start?.EarliestDay).ThenByDescending(e => e.Id)
        .Select(e => new ManagedEventRow(e.Id, e.NameJa, e.Type!.Value, e.Start, e.End, e.Applications, e.IsSynthetic, e.ClosedAtUtc))
        .ToList();

    public async Task<ManageEventViewModel?> ManagePageAsync(int eventId, string? done, ApplicationProblem? problem, int? problemApplicationId, CancellationToken cancellationToken)
    {
        var run = await EventAsync(eventId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var today = TodayInJapan;
        return new ManageEventViewModel(run, await RowsAsync(run, null, cancellationToken), done, problem, problemApplicationId,
            run.Start is { } start && start.EarliestDay <= today, run.End is { } end && end.EarliestDay < today);
    }

    /// <summary>The event's applications, oldest first, each with the free booths of its category.</summary>
    private async Task<IReadOnlyList<ApplicationRow>> RowsAsync(RunEvent run, string? prefectureCode, CancellationToken cancellationToken)
    {
        var rows = await (
                from a in db.ExhibitorApplications.AsNoTracking()
                join en in db.Enterprises.AsNoTracking() on a.EnterpriseId equals en.Id
                where a.EventId == run.Id && (prefectureCode == null || a.PrefectureCode == prefectureCode)
                orderby a.AppliedAtUtc, a.Id
                select new { a.Id, a.EnterpriseId, en.NameJa, a.PrefectureCode, a.BoothCategoryId, a.ProductsJa, a.Status, a.BoothNumber, a.RecommendedByPrefectureCode, a.IsOnline, a.Version })
            .ToListAsync(cancellationToken);
        var used = await db.ExhibitorApplications.AsNoTracking()
            .Where(a => a.EventId == run.Id && a.BoothNumber != null)
            .Select(a => new { a.BoothCategoryId, a.BoothNumber })
            .ToListAsync(cancellationToken);
        var categories = run.Categories.ToDictionary(c => c.Id);
        var free = run.Categories.ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<int>)Enumerable.Range(1, c.Count).Except(used.Where(u => u.BoothCategoryId == c.Id).Select(u => u.BoothNumber!.Value)).ToList());
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        return rows.Select(r => new ApplicationRow(
                r.Id, r.EnterpriseId, r.NameJa, prefectures.Option(r.PrefectureCode), r.BoothCategoryId, categories[r.BoothCategoryId].NameJa,
                r.ProductsJa, r.Status, r.BoothNumber is { } n ? $"{categories[r.BoothCategoryId].Code}-{n}" : null,
                prefectures.Find(r.RecommendedByPrefectureCode), r.IsOnline, r.Version, free[r.BoothCategoryId]))
            .ToList();
    }

    /// <summary>
    /// Selects, declines, confirms or withdraws an application as the organiser, on the version the page showed; the
    /// company's people are told in the same save.
    /// </summary>
    public async Task<ApplicationProblem?> DecideAsync(int eventId, int applicationId, Guid version, ApplicationDecision decision, CancellationToken cancellationToken)
    {
        var application = await db.ExhibitorApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.EventId == eventId, cancellationToken);
        if (application is null)
        {
            return ApplicationProblem.WrongState;
        }

        if (application.Version != version)
        {
            return ApplicationProblem.ChangedMeanwhile;
        }

        if (decision == ApplicationDecision.Select)
        {
            var count = await db.BoothCategories.Where(c => c.Id == application.BoothCategoryId).Select(c => c.Count).SingleAsync(cancellationToken);
            if (await TakenAsync(application.BoothCategoryId, cancellationToken) >= count)
            {
                return ApplicationProblem.CategoryFull;
            }
        }

        var problem = decision switch
        {
            ApplicationDecision.Select => application.Select(Now),
            ApplicationDecision.NotSelect => application.NotSelect(Now),
            ApplicationDecision.Confirm => application.Confirm(Now),
            ApplicationDecision.Withdraw => application.Withdraw(Now),
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
        if (problem is not null)
        {
            return problem;
        }

        await TellCompanyAsync(application, null, cancellationToken);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Gives a booth. The unique (category, booth) index decides between two organisers giving the same booth at once:
    /// the second is refused with <see cref="ApplicationProblem.BoothTaken"/> and nothing of its change is stored.
    /// </summary>
    public async Task<ApplicationProblem?> AllocateBoothAsync(int eventId, int applicationId, Guid version, int boothNumber, CancellationToken cancellationToken)
    {
        var application = await db.ExhibitorApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.EventId == eventId, cancellationToken);
        if (application is null)
        {
            return ApplicationProblem.WrongState;
        }

        if (application.Version != version)
        {
            return ApplicationProblem.ChangedMeanwhile;
        }

        var category = await db.BoothCategories.AsNoTracking().SingleAsync(c => c.Id == application.BoothCategoryId, cancellationToken);
        if (application.BoothNumber != boothNumber
            && await db.ExhibitorApplications.AnyAsync(a => a.BoothCategoryId == category.Id && a.BoothNumber == boothNumber, cancellationToken))
        {
            return ApplicationProblem.BoothTaken;
        }

        var problem = application.AllocateBooth(boothNumber, category.Count, Now);
        if (problem is not null)
        {
            return problem;
        }

        await TellCompanyAsync(application, category.BoothLabel(boothNumber), cancellationToken);
        return await SaveAsync(cancellationToken);
    }

    private async Task<ApplicationProblem?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ApplicationProblem.ChangedMeanwhile;
        }
        catch (DbUpdateException)
        {
            // The unique (category, booth) index: another organiser gave the booth a moment before.
            db.ChangeTracker.Clear();
            return ApplicationProblem.BoothTaken;
        }
    }

    private async Task TellCompanyAsync(ExhibitorApplication application, string? booth, CancellationToken cancellationToken)
    {
        var eventName = await db.Events.Where(e => e.Id == application.EventId).Select(e => e.NameJa).SingleAsync(cancellationToken);
        var people = await db.Users.Where(u => u.EnterpriseId == application.EnterpriseId).Select(u => u.Id).ToListAsync(cancellationToken);
        await notifier.NotifyAsync(people, new ExhibitorApplicationChanged(application.EventId, eventName, application.Status, booth), cancellationToken);
    }

    /// <summary>The printable booth list: every booth in order, given or free.</summary>
    public async Task<BoothListViewModel?> BoothListAsync(int eventId, CancellationToken cancellationToken)
    {
        var run = await EventAsync(eventId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var given = (await RowsAsync(run, null, cancellationToken)).Where(r => r.BoothLabel is not null).ToDictionary(r => r.BoothLabel!);
        var booths = run.Categories
            .SelectMany(c => Enumerable.Range(1, c.Count).Select(n => $"{c.Code}-{n}").Select(label =>
                given.TryGetValue(label, out var r)
                    ? new BoothListRow(label, c.NameJa, r.EnterpriseNameJa, r.Prefecture, r.Status)
                    : new BoothListRow(label, c.NameJa, null, null, null)))
            .ToList();
        return new BoothListViewModel(run, booths);
    }

    /// <summary>The applications for the organiser's CSV and xlsx.</summary>
    public async Task<(RunEvent Event, IReadOnlyList<ApplicationRow> Rows)?> ExportAsync(int eventId, CancellationToken cancellationToken)
    {
        var run = await EventAsync(eventId, cancellationToken);
        return run is null ? null : (run, await RowsAsync(run, null, cancellationToken));
    }

    // ---- The prefecture ----

    public async Task<RecommendViewModel?> RecommendPageAsync(int eventId, string prefectureCode, bool saved, CancellationToken cancellationToken)
    {
        var run = await EventAsync(eventId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        return new RecommendViewModel(run, prefectures.Option(prefectureCode), await RowsAsync(run, prefectureCode, cancellationToken), saved);
    }

    public async Task<ApplicationProblem?> RecommendAsync(int eventId, int applicationId, string prefectureCode, CancellationToken cancellationToken)
    {
        var application = await db.ExhibitorApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.EventId == eventId, cancellationToken);
        if (application is null)
        {
            return ApplicationProblem.NotOwnPrefecture;
        }

        var problem = application.RecommendBy(prefectureCode);
        return problem ?? await SaveAsync(cancellationToken);
    }

    // ---- The public ----

    /// <summary>
    /// The confirmed exhibitors of an event, filtered by prefecture, category and keyword (name or products). A synthetic
    /// (架空) event's directory is shown only to signed-in people.
    /// </summary>
    public async Task<DirectoryViewModel?> DirectoryAsync(int eventId, DirectoryFilter filter, bool signedIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var run = await EventAsync(eventId, cancellationToken);
        if (run is null || (run.IsSynthetic && !signedIn))
        {
            return null;
        }

        var all = await CardsAsync(run, null, cancellationToken);
        var keyword = filter.Keyword?.Trim();
        var shown = all
            .Where(c => string.IsNullOrEmpty(filter.Prefecture) || c.Prefecture.Code == filter.Prefecture)
            .Where(c => filter.Category is null || c.CategoryId == filter.Category)
            .Where(c => string.IsNullOrEmpty(keyword)
                || c.NameJa.Contains(keyword, StringComparison.OrdinalIgnoreCase)
                || c.ProductsJa.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var prefectures = all.Select(c => c.Prefecture).DistinctBy(p => p.Code).OrderBy(p => p.Code).ToList();
        return new DirectoryViewModel(run, filter with { Keyword = keyword }, prefectures, shown, all.Count);
    }

    public async Task<ExhibitorPageViewModel?> ExhibitorAsync(int eventId, int applicationId, bool signedIn, CancellationToken cancellationToken)
    {
        var run = await EventAsync(eventId, cancellationToken);
        if (run is null || (run.IsSynthetic && !signedIn))
        {
            return null;
        }

        var card = (await CardsAsync(run, applicationId, cancellationToken)).SingleOrDefault();
        if (card is null)
        {
            return null;
        }

        var row = await db.ExhibitorApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => new { a.EnterpriseId, a.PrTextJa }).SingleAsync(cancellationToken);
        var images = await db.EnterpriseImages.AsNoTracking()
            .Where(i => i.EnterpriseId == row.EnterpriseId)
            .OrderBy(i => i.Kind).ThenBy(i => i.Id)
            .Select(i => new ExhibitorImage(i.Id, i.Caption))
            .ToListAsync(cancellationToken);
        return new ExhibitorPageViewModel(run, card, row.EnterpriseId, row.PrTextJa, images);
    }

    /// <summary>
    /// Confirmed exhibitors of approved companies, of every event: what the public may read (the directory and the
    /// open-data API). Never an application in draft, returned or refused.
    /// </summary>
    public IQueryable<PublicExhibitor> PublicExhibitors() =>
        from a in db.ExhibitorApplications.AsNoTracking()
        join en in db.Enterprises.AsNoTracking().Where(Enterprise.IsPublic) on a.EnterpriseId equals en.Id
        where a.Status == ApplicationStatus.Confirmed
        select new PublicExhibitor
        {
            Id = a.Id,
            EventId = a.EventId,
            EnterpriseId = en.Id,
            NameJa = en.NameJa,
            NameKana = en.NameKana,
            PrefectureCode = a.PrefectureCode,
            BoothCategoryId = a.BoothCategoryId,
            BoothNumber = a.BoothNumber,
            ProductsJa = a.ProductsJa,
            IsOnline = a.IsOnline,
            IsSynthetic = a.IsSynthetic || en.IsSynthetic,
        };

    /// <summary>The public exhibitors of one event (or one of them), as cards.</summary>
    private async Task<IReadOnlyList<ExhibitorCard>> CardsAsync(RunEvent run, int? applicationId, CancellationToken cancellationToken)
    {
        var rows = await PublicExhibitors()
            .Where(r => r.EventId == run.Id && (applicationId == null || r.Id == applicationId))
            .ToListAsync(cancellationToken);
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var categories = run.Categories.ToDictionary(c => c.Id);
        return rows
            .OrderBy(r => r.PrefectureCode).ThenBy(r => r.NameKana ?? r.NameJa, StringComparer.Ordinal)
            .Select(r => new ExhibitorCard(r.Id, r.NameJa, prefectures.Option(r.PrefectureCode), r.BoothCategoryId, categories[r.BoothCategoryId].NameJa,
                r.BoothNumber is { } n ? categories[r.BoothCategoryId].Code + "-" + n : null, r.ProductsJa, r.IsOnline))
            .ToList();
    }
}
