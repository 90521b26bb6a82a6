using System.Globalization;
using System.Text.Json;

namespace AllJapanTokyo.Domain.Procurement;

/// <summary>What a public amendment (訂正公告) may change; each is listed in the amendment's history.</summary>
public enum TenderChangeField
{
    Title,
    Description,
    Contact,
    Budget,
    EnquiryEnd,
    TenderStart,
    TenderEnd,
    DocumentAdded,
    DocumentRemoved,
}

/// <summary>
/// One change of an amendment, with the value before and after as stored text: instants as ISO 8601 UTC, amounts in
/// whole yen, a document by its file name. The web layer formats them in the reader's language.
/// </summary>
public sealed record TenderChange(TenderChangeField Field, string? Before, string? After)
{
    /// <summary>The dates, the amount and the documents are the terms a bid was placed on; the wording is not.</summary>
    public bool IsMaterial => Field is not (TenderChangeField.Title or TenderChangeField.Description or TenderChangeField.Contact);

    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTime? InstantOf(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc) ? utc : null;

    public static string? Yen(long? amount) => amount?.ToString(CultureInfo.InvariantCulture);

    public static long? YenOf(string? text) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var yen) ? yen : null;
}

/// <summary>The terms of a published tender that an amendment may change.</summary>
public sealed record TenderTerms(string Title, string Description, string? ContactJa, long? BudgetYen, DateTime EnquiryEndUtc, DateTime TenderStartUtc, DateTime TenderEndUtc)
{
    /// <summary>Each field that differs in <paramref name="next"/>, in the order the notice shows them.</summary>
    public IEnumerable<TenderChange> ChangesTo(TenderTerms next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Title != next.Title)
        {
            yield return new(TenderChangeField.Title, Title, next.Title);
        }

        if (Description != next.Description)
        {
            yield return new(TenderChangeField.Description, Description, next.Description);
        }

        if (ContactJa != next.ContactJa)
        {
            yield return new(TenderChangeField.Contact, ContactJa, next.ContactJa);
        }

        if (BudgetYen != next.BudgetYen)
        {
            yield return new(TenderChangeField.Budget, TenderChange.Yen(BudgetYen), TenderChange.Yen(next.BudgetYen));
        }

        if (EnquiryEndUtc != next.EnquiryEndUtc)
        {
            yield return new(TenderChangeField.EnquiryEnd, TenderChange.Instant(EnquiryEndUtc), TenderChange.Instant(next.EnquiryEndUtc));
        }

        if (TenderStartUtc != next.TenderStartUtc)
        {
            yield return new(TenderChangeField.TenderStart, TenderChange.Instant(TenderStartUtc), TenderChange.Instant(next.TenderStartUtc));
        }

        if (TenderEndUtc != next.TenderEndUtc)
        {
            yield return new(TenderChangeField.TenderEnd, TenderChange.Instant(TenderEndUtc), TenderChange.Instant(next.TenderEndUtc));
        }
    }
}

/// <summary>
/// A public amendment (訂正公告) of a published tender: numbered per tender, with its reason and what it changed, shown
/// as the tender's change history. Never edited or removed once stored.
/// </summary>
public class TenderAmendment
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public int Id { get; set; }

    public int TenderId { get; set; }

    /// <summary>1 for the first amendment of the tender (第1回訂正), and so on.</summary>
    public int Number { get; set; }

    public DateTime AmendedAtUtc { get; set; }

    public required string Reason { get; set; }

    /// <summary>The changes as JSON (<see cref="Changes"/>): what the history shows, kept even when a document is gone.</summary>
    public string ChangesJson { get; set; } = "[]";

    public IReadOnlyList<TenderChange> Changes
    {
        get => JsonSerializer.Deserialize<List<TenderChange>>(ChangesJson, Json) ?? [];
        set => ChangesJson = JsonSerializer.Serialize(value, Json);
    }
}

/// <summary>ウォッチ: an enterprise follows a tender and is told of its questions' answers, amendments and result.</summary>
public class TenderWatch
{
    public int Id { get; set; }

    public int TenderId { get; set; }

    public int EnterpriseId { get; set; }

    public DateTime WatchedAtUtc { get; set; }
}
