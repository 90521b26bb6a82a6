using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.Web.Areas.Procurement.Search;

/// <summary>
/// The query string of the tender search exactly as typed: every field is text, so no value can fail model
/// binding; <see cref="TenderFilter.From"/> decides what is usable.
/// </summary>
public sealed class TenderSearchInput
{
    public string? Q { get; set; }

    public string? Prefecture { get; set; }

    public string? Category { get; set; }

    public string? Status { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }

    /// <summary>「参加できる案件のみ」: any value but empty narrows a signed-in company's search to the tenders it may bid on.</summary>
    public string? Eligible { get; set; }
}

public enum TenderSort
{
    /// <summary>Open tenders first, nearest deadline first; then closed ones, latest deadline first.</summary>
    Deadline,

    /// <summary>Latest published first.</summary>
    Newest,
}

/// <summary>A filter value that could not be used, and was left out of the search. <see cref="Value"/> is what was typed, shortened.</summary>
public abstract record FilterProblem
{
    private FilterProblem()
    {
    }

    /// <summary>More than <see cref="TenderFilter.MaxKeywordLength"/> characters or <see cref="TenderFilter.MaxKeywordWords"/> words.</summary>
    public sealed record KeywordTooLong : FilterProblem;

    public sealed record UnknownPrefecture(string Value) : FilterProblem;

    public sealed record UnknownCategory(string Value) : FilterProblem;

    /// <summary>Not a status a public reader can search for (drafts never are).</summary>
    public sealed record UnknownStatus(string Value) : FilterProblem;

    public sealed record UnknownSort(string Value) : FilterProblem;

    /// <summary>Not a page number, or a page past the last one.</summary>
    public sealed record NoSuchPage(string Value) : FilterProblem;

    /// <summary>What was typed, cut to 20 characters: enough to recognise it, too little to fill the page.</summary>
    public static string Shorten(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return trimmed.Length <= 20 ? trimmed : trimmed[..20] + "…";
    }
}

/// <summary>A usable tender search: every value checked, anything unusable dropped with a <see cref="FilterProblem"/>.</summary>
public sealed record TenderFilter(
    string? Keyword,
    string? PrefectureCode,
    TenderCategory? Category,
    TenderStatus? Status,
    TenderSort Sort,
    int Page)
{
    public const int PageSize = 20;
    public const int MaxKeywordLength = 100;
    public const int MaxKeywordWords = 5;

    /// <summary>Far beyond any real page count; stops absurd offsets before they reach the database.</summary>
    public const int MaxPage = 100_000;

    public static TenderFilter Unfiltered { get; } = new(null, null, null, null, TenderSort.Deadline, 1);

    /// <summary>
    /// 「参加できる案件のみ」: only the tenders the signed-in company may take part in (see <see cref="TenderSearchService"/>);
    /// without a signed-in company the search ignores it.
    /// </summary>
    public bool EligibleOnly { get; init; }

    /// <summary>
    /// The words of the keyword as search reads them (<see cref="SearchText"/>: NFKC, lower case), split at half- and
    /// full-width spaces; each must appear in the title or description.
    /// </summary>
    public IReadOnlyList<string> Words => SearchText.Words(Keyword);

    public static (TenderFilter Filter, IReadOnlyList<FilterProblem> Problems) From(TenderSearchInput input)
    {
        var problems = new List<FilterProblem>();

        string? keyword = null;
        if (!string.IsNullOrWhiteSpace(input.Q))
        {
            var words = input.Q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var joined = string.Join(' ', words);
            if (joined.Length > MaxKeywordLength || words.Length > MaxKeywordWords)
            {
                problems.Add(new FilterProblem.KeywordTooLong());
            }
            else
            {
                keyword = joined;
            }
        }

        string? prefecture = null;
        if (!string.IsNullOrWhiteSpace(input.Prefecture))
        {
            var code = input.Prefecture.Trim();
            code = code.Length == 1 ? "0" + code : code;
            if (Prefecture.IsValidCode(code))
            {
                prefecture = code;
            }
            else
            {
                problems.Add(new FilterProblem.UnknownPrefecture(FilterProblem.Shorten(input.Prefecture)));
            }
        }

        TenderCategory? category = null;
        if (!string.IsNullOrWhiteSpace(input.Category))
        {
            category = ProcurementText.ParseCategory(input.Category.Trim().ToLowerInvariant());
            if (category is null)
            {
                problems.Add(new FilterProblem.UnknownCategory(FilterProblem.Shorten(input.Category)));
            }
        }

        TenderStatus? status = null;
        if (!string.IsNullOrWhiteSpace(input.Status))
        {
            status = ProcurementText.ParsePublicStatus(input.Status.Trim().ToLowerInvariant());
            if (status is null)
            {
                problems.Add(new FilterProblem.UnknownStatus(FilterProblem.Shorten(input.Status)));
            }
        }

        var sort = TenderSort.Deadline;
        if (!string.IsNullOrWhiteSpace(input.Sort))
        {
            switch (input.Sort.Trim().ToLowerInvariant())
            {
                case "deadline":
                    break;
                case "newest":
                    sort = TenderSort.Newest;
                    break;
                default:
                    problems.Add(new FilterProblem.UnknownSort(FilterProblem.Shorten(input.Sort)));
                    break;
            }
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(input.Page))
        {
            if (int.TryParse(input.Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage)
            {
                page = number;
            }
            else
            {
                problems.Add(PageProblem(input.Page));
            }
        }

        var eligibleOnly = !string.IsNullOrWhiteSpace(input.Eligible);
        return (new TenderFilter(keyword, prefecture, category, status, sort, page) { EligibleOnly = eligibleOnly }, problems);
    }

    public static FilterProblem PageProblem(string page) => new FilterProblem.NoSuchPage(FilterProblem.Shorten(page));

    /// <summary>
    /// The query values of this search on <paramref name="page"/>, carrying only the values in use, for links made by
    /// route (<c>asp-all-route-data</c>, <c>Url.Action</c>): the search page, its CSV, a saved search.
    /// </summary>
    public Dictionary<string, string> RouteValues(int page = 1)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Keyword is not null)
        {
            values["q"] = Keyword;
        }

        if (PrefectureCode is not null)
        {
            values["prefecture"] = PrefectureCode;
        }

        if (Category is { } category)
        {
            values["category"] = category.Code();
        }

        if (Status is { } status)
        {
            values["status"] = status.Code();
        }

        if (Sort != TenderSort.Deadline)
        {
            values["sort"] = "newest";
        }

        if (EligibleOnly)
        {
            values["eligible"] = "1";
        }

        if (page > 1)
        {
            values["page"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>
    /// The public tenders (never drafts) among <paramref name="tenders"/> that match every usable filter value: the search
    /// page and the saved-search alerts (AlertWorker) find the same tenders.
    /// A keyword reads the n-gram index (<paramref name="grams"/>): the tenders holding every gram of every word, then
    /// the substring test on the normalised text decides, so the answer is exactly the substring answer.
    /// </summary>
    public IQueryable<Tender> Apply(IQueryable<Tender> tenders, IQueryable<TenderSearchGram> grams, DateTime nowUtc)
    {
        var query = tenders.Where(Tender.IsPublic);
        var words = Words;
        if (words.Count > 0)
        {
            var needed = words.SelectMany(SearchText.QueryGrams).Distinct().ToList();
            if (PrefectureCode is not null || Category is not null)
            {
                // The prefecture and category index leaves a few hundred tenders: probe each for its grams by key,
                // rather than listing every tender of a common gram (業務: all 50,000) to intersect with them.
                foreach (var gram in needed)
                {
                    query = query.Where(t => grams.Any(g => g.Gram == gram && g.TenderId == t.Id));
                }
            }
            else
            {
                var count = needed.Count;
                var candidates = count == 1
                    ? grams.Where(g => g.Gram == needed[0]).Select(g => g.TenderId)
                    : grams.Where(g => needed.Contains(g.Gram)).GroupBy(g => g.TenderId).Where(g => g.Count() == count).Select(g => g.Key);
                query = query.Where(t => candidates.Contains(t.Id));
            }
        }

        // A word of one or two characters is its own gram: holding the gram is holding the word, so only longer words
        // (whose bigrams may stand apart in the text) need the substring test.
        foreach (var word in words.Where(w => w.Length > 2))
        {
            query = query.Where(t => t.SearchText.Contains(word));
        }

        if (PrefectureCode is { } prefecture)
        {
            query = query.Where(t => t.DeliveryPrefectureCode == prefecture);
        }

        if (Category is { } category)
        {
            query = query.Where(t => t.Category == category);
        }

        if (Status is { } status)
        {
            query = query.Where(Tender.StatusIs(status, nowUtc));
        }

        return query;
    }
}
