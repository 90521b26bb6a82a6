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
    StampRallyNote? ReportNote);

/// <summary>/antenna-shops: measure 6-1 and its stamp rallies.</summary>
public sealed record AntennaShopsIndexViewModel(string InitiativeCode, LocalizedText Title, IReadOnlyList<StampRallyItem> Rallies)
{
    public int MostShops => Rallies.Count == 0 ? 0 : Rallies.Max(r => r.ParticipatingShops);
}

/// <summary>/antenna-shops/stamp-rallies/{fy}.</summary>
public sealed record StampRallyViewModel(string InitiativeCode, LocalizedText Title, StampRallyItem Rally, StampRallyItem? Previous, StampRallyItem? Next);
