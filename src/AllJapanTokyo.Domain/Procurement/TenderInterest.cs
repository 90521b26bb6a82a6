namespace AllJapanTokyo.Domain.Procurement;

/// <summary>
/// 共同受注パートナー募集: an enterprise says it is interested in a tender and looks for joint-bid partners;
/// listed on the tender page so other enterprises can find it.
/// </summary>
public class TenderInterest
{
    public const int MaxMessageLength = 500;

    public int Id { get; set; }

    public int TenderId { get; set; }

    public int EnterpriseId { get; set; }

    public string? Message { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>The message trimmed, null when empty.</summary>
    public static string? Clean(string? message) => string.IsNullOrWhiteSpace(message) ? null : message.Trim();

    /// <summary>The reason a message is refused (longer than <see cref="MaxMessageLength"/>), or null.</summary>
    public static TenderProblem? MessageProblem(string? message) => Clean(message)?.Length > MaxMessageLength ? TenderProblem.InterestMessageTooLong : null;
}
