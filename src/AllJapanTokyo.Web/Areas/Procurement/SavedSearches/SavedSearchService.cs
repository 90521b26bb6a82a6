using System.Globalization;
using System.Security.Cryptography;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.SavedSearches;

/// <summary>
/// Saved tender searches and their e-mail alerts: save, list, edit, delete, and the signed unsubscribe token that
/// works without signing in.
/// </summary>
public sealed class SavedSearchService(AppDbContext db, TimeProvider clock, IDataProtectionProvider protection)
{
    private const string UnsubscribePurpose = "AllJapanTokyo.SavedSearch.Unsubscribe.v1";

    public Task<IReadOnlyList<PrefectureOption>> PrefecturesAsync(CancellationToken cancellationToken) => db.PrefectureOptionsAsync(cancellationToken);

    public async Task<SavedSearchesViewModel> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var prefectures = new PrefectureNames(await PrefecturesAsync(cancellationToken));
        var items = await db.SavedSearches.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.Keyword, s.PrefectureCode, s.Category, s.Frequency, s.NextAlertDueUtc, s.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        return new SavedSearchesViewModel(items
            .Select(s => new SavedSearchItem(
                s.Id, s.Name, s.Keyword, s.PrefectureCode, s.PrefectureCode is { } code ? prefectures[code] : null, s.Category, s.Frequency, s.NextAlertDueUtc, s.CreatedAtUtc))
            .ToList());
    }

    public async Task<SavedSearchInput?> InputAsync(string userId, int id, CancellationToken cancellationToken) =>
        await db.SavedSearches.AsNoTracking()
            .Where(s => s.Id == id && s.UserId == userId)
            .Select(s => new
            {
                s.Name,
                Q = s.Keyword,
                Prefecture = s.PrefectureCode,
                Category = s.Category,
                Frequency = s.Frequency,
            })
            .FirstOrDefaultAsync(cancellationToken) is { } stored
            ? new SavedSearchInput { Name = stored.Name, Q = stored.Q, Prefecture = stored.Prefecture, Category = stored.Category?.Code(), Frequency = stored.Frequency.Code() }
            : null;

    /// <summary>Checks the form: the problems per field (empty when it can be stored).</summary>
    public static (TenderFilter Filter, AlertFrequency Frequency, Dictionary<string, SavedSearchProblem> Problems) Check(SavedSearchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new Dictionary<string, SavedSearchProblem>(StringComparer.Ordinal);
        var (filter, filterProblems) = TenderFilter.From(new TenderSearchInput { Q = input.Q, Prefecture = input.Prefecture, Category = input.Category });
        foreach (var problem in filterProblems)
        {
            problems.TryAdd(nameof(SavedSearchInput.Q), new SavedSearchProblem.InFilter(problem));
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problems[nameof(SavedSearchInput.Name)] = new SavedSearchProblem.NameMissing();
        }
        else if (name.Length > SavedSearch.MaxNameLength)
        {
            problems[nameof(SavedSearchInput.Name)] = new SavedSearchProblem.NameTooLong();
        }

        var frequency = ProcurementText.ParseFrequency(input.Frequency);
        if (frequency is null)
        {
            problems[nameof(SavedSearchInput.Frequency)] = new SavedSearchProblem.FrequencyMissing();
        }

        return (filter, frequency ?? AlertFrequency.None, problems);
    }

    /// <summary>Stores a new saved search; returns its id, or the problems.</summary>
    public async Task<(int? Id, Dictionary<string, SavedSearchProblem> Problems)> CreateAsync(string userId, SavedSearchInput input, CancellationToken cancellationToken)
    {
        var (filter, frequency, problems) = Check(input);
        if (problems.Count == 0 && await db.SavedSearches.CountAsync(s => s.UserId == userId, cancellationToken) >= SavedSearch.MaxPerUser)
        {
            problems[""] = new SavedSearchProblem.TooMany();
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var search = new SavedSearch
        {
            UserId = userId,
            Name = input.Name!.Trim(),
            Keyword = filter.Keyword,
            PrefectureCode = filter.PrefectureCode,
            Category = filter.Category,
            CreatedAtUtc = now,

            // Only tenders published from now on are news.
            AlertedUpToUtc = now,
        };
        search.Schedule(frequency, now);
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync(cancellationToken);
        return (search.Id, problems);
    }

    /// <summary>Changes a saved search of <paramref name="userId"/>; false when it is not theirs (or gone).</summary>
    public async Task<(bool Found, Dictionary<string, SavedSearchProblem> Problems)> UpdateAsync(string userId, int id, SavedSearchInput input, CancellationToken cancellationToken)
    {
        var search = await db.SavedSearches.FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken);
        if (search is null)
        {
            return (false, []);
        }

        var (filter, frequency, problems) = Check(input);
        if (problems.Count > 0)
        {
            return (true, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        search.Name = input.Name!.Trim();
        search.Keyword = filter.Keyword;
        search.PrefectureCode = filter.PrefectureCode;
        search.Category = filter.Category;
        if (search.Frequency != frequency)
        {
            if (search.Frequency == AlertFrequency.None)
            {
                // Re-subscribing: what was published while alerts were off is not news any more.
                search.AlertedUpToUtc = now;
            }

            search.Schedule(frequency, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (true, problems);
    }

    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken cancellationToken) =>
        await db.SavedSearches.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 1;

    /// <summary>A signed, tamper-proof token naming one saved search, for the unsubscribe link of its e-mails.</summary>
    public string UnsubscribeToken(int savedSearchId) =>
        protection.CreateProtector(UnsubscribePurpose).Protect(savedSearchId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The saved search a token names, or null when the token is forged or damaged.</summary>
    public int? ReadUnsubscribeToken(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var text = protection.CreateProtector(UnsubscribePurpose).Unprotect(token);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public async Task<string?> NameAsync(int id, CancellationToken cancellationToken) =>
        await db.SavedSearches.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Turns the alert of one saved search off (the search itself stays, for the user to see and re-enable).</summary>
    public async Task<bool> UnsubscribeAsync(int id, CancellationToken cancellationToken) =>
        await db.SavedSearches.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Frequency, AlertFrequency.None).SetProperty(s => s.NextAlertDueUtc, SavedSearch.Never), cancellationToken) == 1;
}
