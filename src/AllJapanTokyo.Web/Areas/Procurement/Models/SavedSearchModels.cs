using AllJapanTokyo.Domain.Procurement;

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
    string? PrefectureJa,
    string? PrefectureEn,
    TenderCategory? Category,
    AlertFrequency Frequency,
    DateTime NextAlertDueUtc,
    DateTime CreatedAtUtc)
{
    /// <summary>The search page this saved search opens.</summary>
    public string SearchHref => "/procurement" + new TenderFilter(Keyword, PrefectureCode, Category, null, TenderSort.Newest, 1).QueryFor(1);
}

public sealed record SavedSearchesViewModel(IReadOnlyList<SavedSearchItem> Items);

public sealed record SavedSearchEditViewModel(int? Id, SavedSearchInput Input, IReadOnlyList<PrefectureOption> Prefectures);

public sealed record UnsubscribeViewModel(string Token, string? SearchName, bool Done);

public static class AlertFrequencyText
{
    public static string Japanese(AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Instant => "新着の都度",
        AlertFrequency.Daily => "毎日（午前8時）",
        AlertFrequency.Weekly => "毎週（月曜午前8時）",
        _ => "メールを送らない",
    };

    public static string English(AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Instant => "As soon as published",
        AlertFrequency.Daily => "Daily (8:00 JST)",
        AlertFrequency.Weekly => "Weekly (Monday 8:00 JST)",
        _ => "No e-mail",
    };

    public static string Code(AlertFrequency frequency) => frequency.ToString().ToLowerInvariant();

    public static AlertFrequency? Parse(string? code) =>
        Enum.GetValues<AlertFrequency>().Cast<AlertFrequency?>().FirstOrDefault(f => Code(f!.Value) == code?.Trim().ToLowerInvariant());
}
