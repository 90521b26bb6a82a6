using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Models;

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
    public ShopDirectoryPage? Directory { get; init; }

    public int MostShops => Rallies.Count == 0 ? 0 : Rallies.Max(r => r.ParticipatingShops);
}

/// <summary>/antenna-shops/stamp-rallies/{fy}.</summary>
public sealed record StampRallyViewModel(string InitiativeCode, LocalizedText Title, StampRallyItem Rally, StampRallyItem? Previous, StampRallyItem? Next);

/// <summary>The shop directory on /antenna-shops: the filters as asked, their choices, the shops found and the editions open.</summary>
public sealed record ShopDirectoryPage(
    Shops.ShopFilter Filter,
    IReadOnlyList<LocalizedText> Regions,
    IReadOnlyList<PrefectureOption> Prefectures,
    IReadOnlyList<Shops.ShopListItem> Shops,
    IReadOnlyList<Domain.AntennaShops.RallyEdition> OpenEditions,
    DateTime JapanNow);

/// <summary>/antenna-shops/shops/{id}.</summary>
public sealed record ShopPage(Shops.ShopListItem Item, bool MayEdit, IReadOnlyList<Domain.AntennaShops.RallyEdition> Editions, bool HasPhoto = false);

/// <summary>The shop form (new or edit); the fields carry the CSV's column names.</summary>
public sealed record ShopFormPage(int? Id, Shops.ShopInput Input, IReadOnlyList<PrefectureOption> Prefectures, IReadOnlyList<Shops.ShopFieldProblem> Problems)
{
    /// <summary>Whether the shop has an uploaded photo (an existing shop's form offers to replace or remove it).</summary>
    public bool HasPhoto { get; init; }

    /// <summary>Why the last photo upload was refused, or null.</summary>
    public Domain.Enterprises.EnterpriseImageProblem? PhotoProblem { get; init; }
}

/// <summary>/antenna-shops/shops/import: the outcome of a dry run or a commit, if any.</summary>
public sealed record ShopImportPage(Shops.ShopImportResult? Result, string? Text);

/// <summary>/antenna-shops/rally/{id}: an edition, its shops, and the visitor's card (or how to sign in).</summary>
public sealed record RallyCardPage(
    Domain.AntennaShops.RallyEdition Edition,
    bool SignedIn,
    Domain.AntennaShops.StampCard? Card,
    Rally.StampResult? Outcome,
    bool LinkSent,
    DateOnly JapanToday);

/// <summary>/antenna-shops/rally/{id}/stamp?code=…: the scanned code, waiting for the visitor's confirmation.</summary>
public sealed record StampConfirmPage(Domain.AntennaShops.RallyEdition Edition, string Code, bool SignedIn, bool LinkSent);

/// <summary>/antenna-shops/rally/sign-in/link: the button that spends a sign-in link.</summary>
public sealed record RallyLinkPage(string UserId, string Token, int EditionId, bool Invalid);

/// <summary>A shop's counter: the QR code of this minute, as SVG, and the address it holds.</summary>
public sealed record CounterPage(Domain.AntennaShops.RallyEdition Edition, Domain.AntennaShops.AntennaShop Shop, string Svg, string StampUrl, int SecondsLeft);

/// <summary>The staff's list of editions and the form of a new one.</summary>
public sealed record RallyManagePage(IReadOnlyList<Domain.AntennaShops.RallyEdition> Editions, IReadOnlyList<Domain.AntennaShops.AntennaShop> Shops, bool IsTokyoStaff, string? PrefectureCode, IReadOnlyList<string> Problems);

/// <summary>An edition's dashboard: stamps per shop per day, cards, completions, entries, the draw.</summary>
public sealed record RallyDashboardPage(Domain.AntennaShops.RallyEdition Edition, Rally.RallyFigures Figures, bool Ended, string? Problem);
