using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Web.Areas.Crafts.Makers;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Areas.Crafts.Rounds;
using AllJapanTokyo.Web.Areas.Crafts.Teams;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Crafts.Models;

/// <summary>/crafts/register: the craft register Tokyo staff keep.</summary>
public sealed record CraftRegisterPage(IReadOnlyList<CraftRow> Crafts);

/// <summary>/crafts/register/new and /crafts/register/{id}/edit.</summary>
public sealed record CraftFormPage(int? Id, CraftInput Input, IReadOnlyList<PrefectureOption> Prefectures, IReadOnlyList<CraftFieldProblem> Problems);

/// <summary>/crafts/register/import.</summary>
public sealed record CraftImportPage(CraftImportResult? Result, string? Text);

/// <summary>/crafts/makers/me: the maker's own profile form and photos.</summary>
public sealed record MakerFormPage(
    CraftMaker? Maker,
    MakerInput Input,
    IReadOnlyList<PrefectureOption> Prefectures,
    IReadOnlyList<CraftRow> Crafts,
    IReadOnlyList<CraftFieldProblem> Problems);

/// <summary>/crafts/rounds: the rounds, and the form that opens one for Tokyo staff.</summary>
public sealed record RoundsPage(IReadOnlyList<CraftCallRound> Rounds, RoundViewer Viewer, RoundInput Input, IReadOnlyList<CraftFieldProblem> Problems, DateTime NowUtc);

/// <summary>/crafts/rounds/{id}: the round, the viewer's application form or Tokyo's list of applications.</summary>
public sealed record RoundPage(RoundView Round, RoundViewer Viewer, IReadOnlyList<CraftFieldProblem> Problems, bool Applied);

/// <summary>/crafts/teams: every team for Tokyo, one's own for a maker or designer.</summary>
public sealed record TeamsPage(IReadOnlyList<TeamView> Teams, bool IsTokyoStaff);

/// <summary>/crafts/teams/new/{roundId}: a team from the round's selected applications.</summary>
public sealed record TeamFormPage(int RoundId, IReadOnlyList<SelectedApplicant> Selected, string? NameJa, CraftFieldProblem? Problem);

/// <summary>/crafts/teams/{id}: members, milestones, progress and (for Tokyo) the product to publish.</summary>
public sealed record TeamPage(TeamView View, bool IsTokyoStaff, IReadOnlyList<CraftRow> Crafts, IReadOnlyList<CraftFieldProblem> Problems, ProductInput Input);
