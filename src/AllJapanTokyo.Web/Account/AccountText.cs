using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Account;

/// <summary>The words for the account codes, through the one localiser.</summary>
public static class AccountText
{
    /// <summary>A role's name as people read it (<see cref="Roles"/> holds the names the code uses).</summary>
    public static LocalizedString RoleName(this IStringLocalizer L, string role) => role switch
    {
        Roles.Administrator => L["システム管理者"],
        Roles.TokyoOfficial => L["東京都職員"],
        Roles.PrefectureStaff => L["道府県職員"],
        Roles.BuyerStaff => L["発注者"],
        Roles.Enterprise => L["登録企業"],
        Roles.Coordinator => L["地域コーディネーター"],
        Roles.EventOrganizer => L["イベント運営者"],
        Roles.Designer => L["デザイナー"],
        Roles.Maker => L["伝統工芸の作り手"],
        Roles.FundOperator => L["ファンド運営者"],
        _ => new LocalizedString(role, role, resourceNotFound: true),
    };

    /// <summary>Why the registration form is refused, for the field the problem names.</summary>
    public static string Of(this IStringLocalizer L, RegistrationProblem problem) => problem switch
    {
        RegistrationProblem.CorporateNumberRefused refused => L.Of(refused.Problem).Value,
        RegistrationProblem.CorporateNumberTaken => L["この法人番号の企業は既に登録されています。企業の代表者に招待を依頼してください。"].Value,
        RegistrationProblem.CapitalRefused refused => L.CapitalRefused(refused.Problem),
        RegistrationProblem.EmployeesRefused refused => L.EmployeesRefused(refused.Problem),
        RegistrationProblem.NoPrefecture => L["所在都道府県を選択してください。"].Value,
        RegistrationProblem.NoIndustry => L["業種を選択してください。"].Value,
        RegistrationProblem.LogoRefused refused => L.Of(refused.Problem).Value,
        RegistrationProblem.AccountRefused refused => refused.Error.Description,
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };
}
