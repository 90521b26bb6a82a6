using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Models;

public sealed record HomeViewModel(
    IReadOnlyList<HomeViewModel.ChapterItem> Chapters,
    HomeViewModel.Headline? RegisteredEnterprises)
{
    public sealed record ChapterItem(int Number, LocalizedText Title, IReadOnlyList<InitiativeItem> Initiatives);

    /// <summary>A measure: its title in four languages and the name of its programme, which exists in Japanese only.</summary>
    public sealed record InitiativeItem(string Code, int Number, LocalizedText Title, string ProgrammeJa, PortalArea Area);

    /// <summary>The tender portal's published count of registered enterprises, as the report states it.</summary>
    public sealed record Headline(decimal Value, ValueQualifier Qualifier, LocalizedText Unit, int FiscalYear);
}
