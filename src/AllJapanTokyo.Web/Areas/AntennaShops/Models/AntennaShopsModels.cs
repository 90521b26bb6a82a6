using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Models;

/// <summary>A stamp rally through the prefectures' antenna shops in Tokyo, with what the report says about it.</summary>
public sealed record StampRallyItem(
    int FiscalYear,
    PartialDate Start,
    PartialDate End,
    int ParticipatingShops,
    EventFormat Format,
    string? FigureNoteJa,
    string? ReportNoteJa,
    string? ReportNoteEn)
{
    public string Href => $"/antenna-shops/stamp-rallies/{FiscalYear}";
}

/// <summary>/antenna-shops: measure 6-1 and its stamp rallies.</summary>
public sealed record AntennaShopsIndexViewModel(string InitiativeCode, string TitleJa, string TitleEn, string ProgrammeJa, IReadOnlyList<StampRallyItem> Rallies)
{
    public int MostShops => Rallies.Count == 0 ? 0 : Rallies.Max(r => r.ParticipatingShops);
}

/// <summary>/antenna-shops/stamp-rallies/{fy}.</summary>
public sealed record StampRallyViewModel(string InitiativeCode, string TitleJa, string TitleEn, StampRallyItem Rally, StampRallyItem? Previous, StampRallyItem? Next);
