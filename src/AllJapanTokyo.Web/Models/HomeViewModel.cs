using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Models;

public sealed record HomeViewModel(
    IReadOnlyList<HomeViewModel.ChapterItem> Chapters,
    decimal? RegisteredEnterprises,
    ValueQualifier RegisteredEnterprisesQualifier,
    int? RegisteredEnterprisesFiscalYear)
{
    public sealed record ChapterItem(int Number, string TitleJa, string TitleEn, IReadOnlyList<InitiativeItem> Initiatives);

    public sealed record InitiativeItem(string Code, int Number, string TitleJa, string TitleEn, string ProgrammeJa, PortalArea Area)
    {
        /// <summary>The page of the area that runs the measure; measures without an area of their own open on the dashboard.</summary>
        public string Href => Area == PortalArea.General ? $"/dashboard/initiatives/{Code}" : $"/{Area.ToCode()}";
    }
}
