using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>Why an event form is refused, by field; the web layer words it.</summary>
public enum EventFormProblem
{
    Required,
    TooLong,
    NotAFairsMeasure,
    NotADate,
    EndsBeforeStart,
    WindowEndsBeforeItOpens,
    WindowClosesAfterEventEnds,
    NotAnAddress,
    NoCategory,
    DuplicateCode,
    CountInvalid,
    FeeInvalid,
    CountBelowTaken,
    CategoryInUse,
}

/// <summary>Creates and edits the events the portal runs: dates, window, booth categories, invited prefectures.</summary>
public sealed class EventFormService(AppDbContext db, FairsService fairs)
{
    public const int CategoryRows = 5;

    public async Task<EventFormViewModel> PageAsync(EventForm form, IReadOnlyDictionary<string, EventFormProblem>? errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        while (form.Categories.Count < CategoryRows)
        {
            form.Categories.Add(new BoothCategoryInput());
        }

        return new EventFormViewModel(form, errors ?? new Dictionary<string, EventFormProblem>(), await fairs.InitiativesAsync(cancellationToken),
            (await db.PrefectureNamesAsync(cancellationToken)).All);
    }

    /// <summary>The form of an existing event the portal runs, or null.</summary>
    public async Task<EventForm?> FormOfAsync(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.BoothCategories).Include(x => x.InvitedPrefectures).AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id && x.Type != null, cancellationToken);
        return e is null ? null : new EventForm
        {
            Id = e.Id,
            InitiativeCode = e.InitiativeCode,
            Type = e.Type,
            NameJa = e.NameJa,
            VenueJa = e.VenueJa,
            Format = e.Format,
            OnlineUrl = e.OnlineUrl,
            HostPrefectureCode = e.HostPrefectureCode,
            StartsOn = Iso(e.Start?.EarliestDay),
            EndsOn = Iso(e.End?.EarliestDay),
            ApplicationOpensOn = Iso(e.ApplicationOpensOn),
            ApplicationClosesOn = Iso(e.ApplicationClosesOn),
            Categories = e.BoothCategories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new BoothCategoryInput
            {
                Id = c.Id, Code = c.Code, NameJa = c.NameJa, Count = c.Count.ToString(CultureInfo.InvariantCulture),
                Fee = c.FeeYen?.ToString(CultureInfo.InvariantCulture),
            }).ToList(),
            Invited = e.InvitedPrefectures.Select(p => p.PrefectureCode).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Creates (no id) or updates the event; its id, or the problems by field with nothing stored.</summary>
    public async Task<(int? Id, IReadOnlyDictionary<string, EventFormProblem> Errors)> SaveAsync(EventForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, EventFormProblem>(StringComparer.Ordinal);
        var initiatives = (await fairs.InitiativesAsync(cancellationToken)).Select(i => i.Code).ToList();
        if (string.IsNullOrWhiteSpace(form.InitiativeCode))
        {
            errors[nameof(form.InitiativeCode)] = EventFormProblem.Required;
        }
        else if (!initiatives.Contains(form.InitiativeCode))
        {
            errors[nameof(form.InitiativeCode)] = EventFormProblem.NotAFairsMeasure;
        }

        if (form.Type is null)
        {
            errors[nameof(form.Type)] = EventFormProblem.Required;
        }

        var name = ProfileText.Clean(form.NameJa);
        Text(errors, nameof(form.NameJa), name, Event.MaxNameLength, required: true);
        var venue = ProfileText.Clean(form.VenueJa);
        Text(errors, nameof(form.VenueJa), venue, Event.MaxVenueLength, required: false);
        var url = ProfileText.Clean(form.OnlineUrl);
        if (url is not null && (url.Length > Event.MaxOnlineUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors[nameof(form.OnlineUrl)] = EventFormProblem.NotAnAddress;
        }

        var starts = Date(errors, nameof(form.StartsOn), form.StartsOn);
        var ends = Date(errors, nameof(form.EndsOn), form.EndsOn);
        var opens = Date(errors, nameof(form.ApplicationOpensOn), form.ApplicationOpensOn);
        var closes = Date(errors, nameof(form.ApplicationClosesOn), form.ApplicationClosesOn);
        if (starts is { } s && ends is { } en && en < s)
        {
            errors[nameof(form.EndsOn)] = EventFormProblem.EndsBeforeStart;
        }

        if (opens is { } o && closes is { } c)
        {
            if (c < o)
            {
                errors[nameof(form.ApplicationClosesOn)] = EventFormProblem.WindowEndsBeforeItOpens;
            }
            else if (ends is { } last && c > last)
            {
                errors[nameof(form.ApplicationClosesOn)] = EventFormProblem.WindowClosesAfterEventEnds;
            }
        }

        var prefectures = (await db.PrefectureNamesAsync(cancellationToken)).All.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var invited = form.Invited.Where(prefectures.Contains).Distinct(StringComparer.Ordinal).ToList();
        var host = string.IsNullOrWhiteSpace(form.HostPrefectureCode) || !prefectures.Contains(form.HostPrefectureCode) ? null : form.HostPrefectureCode;

        var categories = new List<(BoothCategoryInput Row, string Code, string Name, int Count, long? Fee)>();
        for (var i = 0; i < form.Categories.Count; i++)
        {
            var row = form.Categories[i];
            var code = ProfileText.Clean(row.Code);
            var label = ProfileText.Clean(row.NameJa);
            if (code is null && label is null && ProfileText.Clean(row.Count) is null)
            {
                continue;
            }

            var key = $"Categories[{i}]";
            if (code is null || code.Length > BoothCategory.MaxCodeLength)
            {
                errors[key + ".Code"] = code is null ? EventFormProblem.Required : EventFormProblem.TooLong;
            }
            else if (categories.Exists(x => string.Equals(x.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                errors[key + ".Code"] = EventFormProblem.DuplicateCode;
            }

            Text(errors, key + ".NameJa", label, BoothCategory.MaxNameLength, required: true);
            if (TypedNumber.TryParseCount(row.Count, BoothCategory.MaxCount, out var count) is not null || count is null or < 1)
            {
                errors[key + ".Count"] = EventFormProblem.CountInvalid;
            }

            if (TypedNumber.TryParseYen(row.Fee, BoothCategory.MaxFeeYen, out var fee) is not null)
            {
                errors[key + ".Fee"] = EventFormProblem.FeeInvalid;
            }

            categories.Add((row, code ?? "", label ?? "", (int)(count ?? 0), fee));
        }

        if (categories.Count == 0)
        {
            errors["Categories[0].Code"] = EventFormProblem.NoCategory;
        }

        Event? e = null;
        if (form.Id is { } id)
        {
            e = await db.Events.Include(x => x.BoothCategories).Include(x => x.InvitedPrefectures).AsSplitQuery()
                .SingleOrDefaultAsync(x => x.Id == id && x.Type != null, cancellationToken);
            if (e is null)
            {
                errors[""] = EventFormProblem.Required;
                return (null, errors);
            }

            // A category keeps the booths it has given: it cannot shrink below them, nor go while it has applications.
            var used = await db.ExhibitorApplications.AsNoTracking().Where(a => a.EventId == id)
                .Select(a => new { a.BoothCategoryId, a.Status, a.BoothNumber }).ToListAsync(cancellationToken);
            for (var i = 0; i < form.Categories.Count; i++)
            {
                var row = form.Categories[i];
                if (row.Id is not { } categoryId)
                {
                    continue;
                }

                var kept = categories.Find(x => x.Row == row);
                var mine = used.Where(u => u.BoothCategoryId == categoryId).ToList();
                if (kept.Row is null && mine.Count > 0)
                {
                    errors[$"Categories[{i}].Code"] = EventFormProblem.CategoryInUse;
                }
                else if (kept.Row is not null && kept.Count > 0
                         && (mine.Count(u => ExhibitorApplication.HoldsPlace(u.Status)) > kept.Count || mine.Any(u => u.BoothNumber > kept.Count)))
                {
                    errors[$"Categories[{i}].Count"] = EventFormProblem.CountBelowTaken;
                }
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (e is null)
        {
            e = new Event { InitiativeCode = form.InitiativeCode!, NameJa = name!, Status = ActivityStatus.Ongoing };
            db.Events.Add(e);
        }

        e.InitiativeCode = form.InitiativeCode!;
        e.Type = form.Type;
        e.NameJa = name!;
        e.VenueJa = venue;
        e.Format = form.Format;
        e.OnlineUrl = url;
        e.HostPrefectureCode = host;
        e.Start = PartialDate.OfDay(starts!.Value);
        e.End = PartialDate.OfDay(ends!.Value);
        e.FiscalYear = FiscalYear.Containing(starts.Value).StartYear;
        e.ApplicationOpensOn = opens;
        e.ApplicationClosesOn = closes;

        var order = 0;
        foreach (var (row, code, label, count, fee) in categories)
        {
            var category = row.Id is { } categoryId ? e.BoothCategories.Find(c => c.Id == categoryId) : null;
            if (category is null)
            {
                category = new BoothCategory { Code = code, NameJa = label };
                e.BoothCategories.Add(category);
            }

            category.Code = code;
            category.NameJa = label;
            category.Count = count;
            category.FeeYen = fee;
            category.SortOrder = ++order;
        }

        e.BoothCategories.RemoveAll(c => c.Id != 0 && !categories.Exists(x => x.Row.Id == c.Id));
        e.InvitedPrefectures.RemoveAll(p => !invited.Contains(p.PrefectureCode));
        foreach (var code in invited.Where(code => !e.InvitedPrefectures.Exists(p => p.PrefectureCode == code)))
        {
            e.InvitedPrefectures.Add(new EventInvitedPrefecture { PrefectureCode = code });
        }

        await db.SaveChangesAsync(cancellationToken);
        return (e.Id, errors);
    }

    private static void Text(Dictionary<string, EventFormProblem> errors, string field, string? value, int max, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors[field] = EventFormProblem.Required;
            }
        }
        else if (value.Length > max)
        {
            errors[field] = EventFormProblem.TooLong;
        }
    }

    private static DateOnly? Date(Dictionary<string, EventFormProblem> errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = EventFormProblem.Required;
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        errors[field] = EventFormProblem.NotADate;
        return null;
    }
}
