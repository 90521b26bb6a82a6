namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// Marks a public page (a controller or an action) that answers in all four languages. Pages without it are signed-in
/// work, written in Japanese and English: there a Chinese or Korean prefix is served in English with a visible note.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AllLanguagesAttribute : Attribute;
