using System.ComponentModel.DataAnnotations;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Admin.Models;

/// <summary>The state of an account as the administrators' list shows it.</summary>
public enum AccountState
{
    Active,
    Unconfirmed,
    LockedOut,
    Disabled,
}

/// <summary>What an account acts for: one prefecture, organisation, coordinator region or enterprise (names are data).</summary>
public sealed record UserBinding(LocalizedText? Prefecture, string? OrganizationJa, string? OrganizationEn, string? RegionJa, string? RegionEn, string? EnterpriseJa);

public sealed record UserRow(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    UserBinding Binding,
    AccountState State,
    bool MfaEnabled,
    DateTime? LastSignInAtUtc);

public sealed record UserListViewModel(string? Query, string? Role, IReadOnlyList<UserRow> Users, int Total, int Page, int PageCount);

/// <summary>A choice of the forms: a value and its words (organisation and region names are data with English).</summary>
public sealed record BindingOption(string Value, string NameJa, string? NameEn);

public sealed record UserFormOptions(IReadOnlyList<PrefectureOption> Prefectures, IReadOnlyList<BindingOption> Organizations, IReadOnlyList<BindingOption> Regions);

/// <summary>A staff account's role and what it acts for, as the create and edit forms post them.</summary>
public sealed class UserInput
{
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません。")]
    [StringLength(AppUser.MaxEmailLength, ErrorMessage = "メールアドレスは{1}文字以内で入力してください。")]
    [Display(Name = "メールアドレス")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "氏名を入力してください。")]
    [StringLength(AppUser.MaxDisplayNameLength, ErrorMessage = "氏名は{1}文字以内で入力してください。")]
    [Display(Name = "氏名")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "ロールを選択してください。")]
    [Display(Name = "ロール")]
    public string Role { get; set; } = "";

    public string? PrefectureCode { get; set; }

    public int? OrganizationId { get; set; }

    public string? RegionCode { get; set; }

    /// <summary>The version of the account the form was made from (Identity's concurrency stamp).</summary>
    public string? Version { get; set; }
}

public sealed record UserDetailsViewModel(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    UserBinding Binding,
    AccountState State,
    bool MfaEnabled,
    DateTime CreatedAtUtc,
    DateTime? LastSignInAtUtc,
    bool IsEnterpriseAccount,
    bool IsYou,
    string Version,
    UserInput Input,
    UserFormOptions Options);
