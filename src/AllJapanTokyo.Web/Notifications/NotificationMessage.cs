using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Notifications;

/// <summary>The words of a notification in one language: the mail's subject (also the list's title) and its body.</summary>
public sealed record NotificationText(string Subject, string Body);

/// <summary>Names the stable code a notification is stored under ("tender.question"); the code never changes once used.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NotificationKindAttribute(string kind) : Attribute
{
    public string Kind { get; } = kind;
}

/// <summary>
/// A hand-over worth telling someone about. Each area declares its own as records holding the facts the text needs,
/// marked with <see cref="NotificationKindAttribute"/>, and words them with literal keys in <see cref="Text"/>; the
/// facts are stored as JSON, so the notification list can word them again in whatever language the reader uses.
/// </summary>
public abstract record NotificationMessage
{
    /// <summary>The page the notification leads to, relative to the site, without a language prefix.</summary>
    public abstract string LinkPath { get; }

    public abstract NotificationText Text(IStringLocalizer L);

    /// <summary>Further pages a mail links to after <see cref="LinkPath"/>: their words and site-relative paths.</summary>
    public virtual IReadOnlyList<(string Label, string Path)> MoreLinks(IStringLocalizer L) => [];

    public string Kind => KindOf(GetType());

    public static string KindOf(Type type) =>
        type.GetCustomAttribute<NotificationKindAttribute>()?.Kind ?? throw new InvalidOperationException($"{type.Name} has no [NotificationKind].");
}

/// <summary>Every notification type of the portal, found once by their attribute, to read stored notifications back.</summary>
public sealed class NotificationKinds
{
    private readonly Dictionary<string, Type> _types = typeof(NotificationMessage).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(NotificationMessage).IsAssignableFrom(t))
        .ToDictionary(NotificationMessage.KindOf, StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => _types.Keys;

    public string Serialize(NotificationMessage message) => JsonSerializer.Serialize(message, message.GetType());

    /// <summary>The stored notification as its message, or null for a kind this version no longer knows.</summary>
    public NotificationMessage? Read(string kind, string arguments) =>
        _types.TryGetValue(kind, out var type) ? (NotificationMessage?)JsonSerializer.Deserialize(arguments, type) : null;
}
