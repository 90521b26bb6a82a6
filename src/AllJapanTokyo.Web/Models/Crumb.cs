namespace AllJapanTokyo.Web.Models;

/// <summary>One step of the breadcrumb trail; the current page has no address.</summary>
public sealed record Crumb(string Text, string? Href = null);
