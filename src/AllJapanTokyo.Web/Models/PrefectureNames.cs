using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Models;

/// <summary>A prefecture by its code, named in four languages: what a form offers and a list links to.</summary>
public sealed record PrefectureOption(string Code, LocalizedText Name);

/// <summary>
/// The prefectures by code, for lists and records that carry only a code (<c>db.PrefectureNamesAsync()</c>): the one
/// lookup of a prefecture's name, so every page names an unknown code the same way. Two lists of the same prefectures
/// and names are equal (a kept part's key names the list it was rendered from: PageParts).
/// </summary>
public sealed class PrefectureNames : IEquatable<PrefectureNames>
{
    private readonly Dictionary<string, PrefectureOption> _byCode;
    private readonly int _hash;

    public PrefectureNames(IReadOnlyList<PrefectureOption> prefectures)
    {
        All = prefectures;
        _byCode = prefectures.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var hash = new HashCode();
        foreach (var prefecture in prefectures)
        {
            hash.Add(prefecture);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>In code order.</summary>
    public IReadOnlyList<PrefectureOption> All { get; }

    /// <summary>The prefecture's name; an unknown code stands for itself.</summary>
    public LocalizedText this[string code] => Option(code).Name;

    /// <summary>The prefecture of a code; an unknown code stands for itself.</summary>
    public PrefectureOption Option(string code) => Find(code) ?? new PrefectureOption(code, new LocalizedText(code, code, code, code));

    /// <summary>The prefecture of a code, or null where there is no code or no such prefecture.</summary>
    public PrefectureOption? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var prefecture) ? prefecture : null;

    public bool Equals(PrefectureNames? other) =>
        ReferenceEquals(this, other) || (other is not null && _hash == other._hash && All.SequenceEqual(other.All));

    public override bool Equals(object? obj) => Equals(obj as PrefectureNames);

    public override int GetHashCode() => _hash;
}
