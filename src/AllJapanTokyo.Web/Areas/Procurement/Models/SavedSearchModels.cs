using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

/// <summary>The save / edit form of a saved search: every field is text so that nothing fails binding.</summary>
public sealed class SavedSearchInput
{
    public string? Name { get; set; }

    public string? Q { get; set; }

    public string? Prefecture { get; set; }

    public string? Category { get; set; }

    /// <summary>none, instant, daily or weekly.</summary>
    public string? Frequency { get; set; }
}

public sealed record SavedSearchItem(
    int Id,
    string Name,
    string? Keyword,
    string? PrefectureCode,
    LocalizedText? Prefecture,
    TenderCategory? Category,
    AlertFrequency Frequency,
    DateTime NextAlertDueUtc,
    DateTime CreatedAtUtc)
{
    /// <summary>The search this saved search opens, newest first (what its alerts announce).</summary>
    public TenderFilter Filter => new(Keyword, PrefectureCode, Category, null, TenderSort.Newest, 1);
}

public sealed record SavedSearchesViewModel(IReadOnlyList<SavedSearchItem> Items);

public sealed record SavedSearchEditViewModel(int? Id, SavedSearchInput Input, IReadOnlyList<PrefectureOption> Prefectures);

public sealed record UnsubscribeViewModel(string Token, string? SearchName, bool Done);

/// <summary>Why a saved search's form is refused.</summary>
public abstract record SavedSearchProblem
{
    private SavedSearchProblem()
    {
    }

    /// <summary>A search value the search page itself would leave out.</summary>
    public sealed record InFilter(FilterProblem Problem) : SavedSearchProblem;

    public sealed record NameMissing : SavedSearchProblem;

    /// <summary>Longer than <see cref="SavedSearch.MaxNameLength"/>.</summary>
    public sealed record NameTooLong : SavedSearchProblem;

    public sealed record FrequencyMissing : SavedSearchProblem;

    /// <summary>The user already keeps <see cref="SavedSearch.MaxPerUser"/>.</summary>
    public sealed record TooMany : SavedSearchProblem;
}
