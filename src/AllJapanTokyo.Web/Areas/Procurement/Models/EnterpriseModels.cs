using System.ComponentModel.DataAnnotations;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

public sealed record EnterpriseImageItem(int Id, EnterpriseImageKind Kind, string? Caption, int Bytes);

/// <summary>An approved enterprise's public PR page: what the company wrote is Japanese content, shown as written.</summary>
public sealed record EnterprisePageViewModel(
    int Id,
    string NameJa,
    string? NameKana,
    string CorporateNumber,
    LocalizedText Prefecture,
    string? Address,
    string JsicMajorGroup,
    long CapitalYen,
    int Employees,
    string? Capabilities,
    string? Certifications,
    string? PrText,
    bool IsSynthetic,
    IReadOnlyList<EnterpriseImageItem> Images)
{
    public EnterpriseImageItem? Logo => Images.FirstOrDefault(i => i.Kind == EnterpriseImageKind.Logo);

    public IEnumerable<EnterpriseImageItem> Photos => Images.Where(i => i.Kind == EnterpriseImageKind.Photo);
}

/// <summary>The company profile form of the company account page.</summary>
public sealed class EnterpriseProfileInput
{
    [StringLength(Enterprise.MaxNameLength, ErrorMessage = "企業名（カナ）は{1}文字以内で入力してください。")]
    [Display(Name = "企業名（カナ）")]
    public string? NameKana { get; set; }

    [StringLength(Enterprise.MaxAddressLength, ErrorMessage = "所在地は{1}文字以内で入力してください。")]
    [Display(Name = "所在地（都道府県以降）")]
    public string? Address { get; set; }

    /// <summary>The capital as typed (「２，５００万」); read by the one rule for numbers (<see cref="CompanyFigures"/>), as on registration.</summary>
    [Required(ErrorMessage = "資本金を入力してください。")]
    [Display(Name = "資本金（円）")]
    public string? CapitalYen { get; set; }

    /// <summary>The number of regular employees as typed; read as a whole count by <see cref="CompanyFigures"/>.</summary>
    [Required(ErrorMessage = "従業員数を入力してください。")]
    [Display(Name = "常時使用する従業員数")]
    public string? Employees { get; set; }

    [StringLength(Enterprise.MaxCapabilitiesLength, ErrorMessage = "対応可能な業務は{1}文字以内で入力してください。")]
    [Display(Name = "対応可能な業務")]
    public string? Capabilities { get; set; }

    [StringLength(Enterprise.MaxCertificationsLength, ErrorMessage = "認証・資格は{1}文字以内で入力してください。")]
    [Display(Name = "認証・資格（ISO 9001、経営革新計画など）")]
    public string? Certifications { get; set; }

    [StringLength(Enterprise.MaxPrTextLength, ErrorMessage = "PR文は{1}文字以内で入力してください。")]
    [Display(Name = "PR文")]
    public string? PrText { get; set; }

    /// <summary>The enterprise's <see cref="Enterprise.Version"/> the form was read at: a later save by someone else refuses this one.</summary>
    public Guid Version { get; set; }
}

public sealed record ColleagueItem(string Email, string DisplayName, bool EmailConfirmed);

public sealed record InvitationItem(string Email, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc);

/// <summary>The company account page: profile, images, colleagues and invitations.</summary>
public sealed record EnterpriseAccountViewModel(
    int Id,
    string NameJa,
    string CorporateNumber,
    ScreeningStatus Status,
    string? ScreeningNote,
    EnterpriseProfileInput Profile,
    IReadOnlyList<EnterpriseImageItem> Images,
    IReadOnlyList<ColleagueItem> Colleagues,
    IReadOnlyList<InvitationItem> Invitations)
{
    public string? InviteEmail { get; init; }

    public string? Caption { get; init; }
}
