using System.Globalization;

namespace AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;

/// <summary>Instants as the buyer's forms show and take them: Japan time (UTC+9, no daylight saving) in datetime-local inputs.</summary>
public static class JapanTimeInput
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"];

    /// <summary>An instant as a datetime-local input shows it, in Japan time ("2026-12-01T17:00").</summary>
    public static string Local(DateTime utc) => (utc + JapanOffset).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant typed in Japan time, or null when it cannot be read.</summary>
    public static DateTime? Parse(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? DateTime.SpecifyKind(local - JapanOffset, DateTimeKind.Utc)
            : null;
}
