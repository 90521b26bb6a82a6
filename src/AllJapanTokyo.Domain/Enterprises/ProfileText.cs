namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>The optional free text of a company profile (address, capabilities, PR, a photo's caption).</summary>
public static class ProfileText
{
    /// <summary>Trimmed, and null when blank, so that "not given" is stored one way whichever form it came from.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
