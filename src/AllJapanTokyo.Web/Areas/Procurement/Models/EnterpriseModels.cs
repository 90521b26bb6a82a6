using System.ComponentModel.DataAnnotations;
using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

public sealed record EnterpriseImageItem(int Id, EnterpriseImageKind Kind, string? Caption, int Bytes);

/// <summary>An approved enterprise's public PR page.</summary>
public sealed record EnterprisePageViewModel(
    int Id,
    string NameJa,
    string? NameKana,
    string CorporateNumber,
    string PrefectureJa,
    string PrefectureEn,
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
    [StringLength(200, ErrorMessage = "企業名（カナ）は200文字以内で入力してください。")]
    public string? NameKana { get; set; }

    [StringLength(300, ErrorMessage = "所在地は300文字以内で入力してください。")]
    public string? Address { get; set; }

    [Required(ErrorMessage = "資本金を入力してください。")]
    [Range(0, 1_000_000_000_000, ErrorMessage = "資本金は0円以上の整数で入力してください。")]
    public long? CapitalYen { get; set; }

    [Required(ErrorMessage = "従業員数を入力してください。")]
    [Range(0, 1_000_000, ErrorMessage = "従業員数は0人以上の整数で入力してください。")]
    public int? Employees { get; set; }

    [StringLength(2000, ErrorMessage = "対応可能な業務は2000文字以内で入力してください。")]
    public string? Capabilities { get; set; }

    [StringLength(2000, ErrorMessage = "認証・資格は2000文字以内で入力してください。")]
    public string? Certifications { get; set; }

    [StringLength(4000, ErrorMessage = "PR文は4000文字以内で入力してください。")]
    public string? PrText { get; set; }
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
