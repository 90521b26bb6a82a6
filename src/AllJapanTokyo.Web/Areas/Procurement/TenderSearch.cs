using System.Globalization;
using System.Linq.Expressions;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using Microsoft.AspNetCore.Http.Extensions;

namespace AllJapanTokyo.Web.Areas.Procurement;

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
}

public enum TenderSort
{
    /// <summary>Open tenders first, nearest deadline first; then closed ones, latest deadline first.</summary>
    Deadline,

    /// <summary>Latest published first.</summary>
    Newest,
}

/// <summary>A filter value that could not be used, said in Japanese and English.</summary>
public sealed record FilterProblem(string Japanese, string English);

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

    /// <summary>The words of the keyword, split at half- and full-width spaces; each must appear in the title or description.</summary>
    public IReadOnlyList<string> Words => Keyword is null ? [] : Keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public bool IsFiltered => Keyword is not null || PrefectureCode is not null || Category is not null || Status is not null;

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
                problems.Add(new FilterProblem(
                    $"キーワードは{MaxKeywordLength}文字・{MaxKeywordWords}語以内で入力してください。キーワードを指定せずに表示しています。",
                    $"Keywords are limited to {MaxKeywordLength} characters and {MaxKeywordWords} words; showing results without the keyword."));
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
                problems.Add(new FilterProblem(
                    $"都道府県コード「{Shorten(input.Prefecture)}」は正しくありません（01〜47）。都道府県を指定せずに表示しています。",
                    $"\"{Shorten(input.Prefecture)}\" is not a prefecture code (01–47); showing results for every prefecture."));
            }
        }

        TenderCategory? category = null;
        if (!string.IsNullOrWhiteSpace(input.Category))
        {
            category = ProcurementText.ParseCategory(input.Category.Trim().ToLowerInvariant());
            if (category is null)
            {
                problems.Add(new FilterProblem(
                    $"案件の種別「{Shorten(input.Category)}」は選べません（物品・役務・工事）。種別を指定せずに表示しています。",
                    $"\"{Shorten(input.Category)}\" is not a category (goods, services, works); showing every category."));
            }
        }

        TenderStatus? status = null;
        if (!string.IsNullOrWhiteSpace(input.Status))
        {
            status = ProcurementText.ParsePublicStatus(input.Status.Trim().ToLowerInvariant());
            if (status is null)
            {
                problems.Add(new FilterProblem(
                    $"状況「{Shorten(input.Status)}」は選べません。状況を指定せずに表示しています。",
                    $"\"{Shorten(input.Status)}\" is not a status you can search for; showing every status."));
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
                    problems.Add(new FilterProblem(
                        $"並び順「{Shorten(input.Sort)}」は選べません。締切順で表示しています。",
                        $"\"{Shorten(input.Sort)}\" is not a sort order; sorted by deadline."));
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

        return (new TenderFilter(keyword, prefecture, category, status, sort, page), problems);
    }

    public static FilterProblem PageProblem(string page) => new(
        $"ページ番号「{Shorten(page)}」は表示できません。1ページ目を表示しています。",
        $"There is no page \"{Shorten(page)}\"; showing the first page.");

    /// <summary>The query string of this search on <paramref name="page"/>, carrying only the values in use.</summary>
    public string QueryFor(int page)
    {
        var query = new QueryBuilder();
        if (Keyword is not null)
        {
            query.Add("q", Keyword);
        }

        if (PrefectureCode is not null)
        {
            query.Add("prefecture", PrefectureCode);
        }

        if (Category is { } category)
        {
            query.Add("category", category.Code());
        }

        if (Status is { } status)
        {
            query.Add("status", status.Code());
        }

        if (Sort != TenderSort.Deadline)
        {
            query.Add("sort", "newest");
        }

        if (page > 1)
        {
            query.Add("page", page.ToString(CultureInfo.InvariantCulture));
        }

        return query.ToQueryString().Value ?? "";
    }

    /// <summary>
    /// The public tenders (never drafts) among <paramref name="tenders"/> that match every usable filter value: the search
    /// page and the saved-search alerts (AlertWorker) find the same tenders.
    /// </summary>
    public IQueryable<Tender> Apply(IQueryable<Tender> tenders, DateTime nowUtc)
    {
        var query = tenders.Where(t => t.Status != TenderStatus.Draft);
        foreach (var word in Words)
        {
            query = query.Where(t => t.Title.Contains(word) || t.Description.Contains(word));
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
            query = query.Where(StatusIs(status, nowUtc));
        }

        return query;
    }

    /// <summary>
    /// The tenders whose status, as <see cref="Tender.StatusAt"/> reads the clock, is <paramref name="status"/> at
    /// <paramref name="nowUtc"/>, as SQL: the same rule, written so that the database can filter and count.
    /// </summary>
    public static Expression<Func<Tender, bool>> StatusIs(TenderStatus status, DateTime nowUtc) => status switch
    {
        TenderStatus.Published => t => (t.Status == TenderStatus.Published || t.Status == TenderStatus.Tendering)
            && nowUtc < t.TenderStartUtc && nowUtc < t.TenderEndUtc,
        TenderStatus.Tendering => t => (t.Status == TenderStatus.Published || t.Status == TenderStatus.Tendering)
            && t.TenderStartUtc <= nowUtc && nowUtc < t.TenderEndUtc,
        TenderStatus.Evaluation => t => t.Status == TenderStatus.Evaluation
            || ((t.Status == TenderStatus.Published || t.Status == TenderStatus.Tendering) && t.TenderEndUtc <= nowUtc),
        _ => t => t.Status == status,
    };

    private static string Shorten(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length <= 20 ? trimmed : trimmed[..20] + "…";
    }
}
