using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Account;

/// <summary>Query strings of the links the account mails carry.</summary>
internal static class AccountLinks
{
    public static string With(string path, params (string Name, string Value)[] query) =>
        path + "?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value)));
}

/// <summary>The link that confirms the address a company registered with.</summary>
[NotificationKind("account.confirm-email")]
public sealed record ConfirmEmailMail(string DisplayName, string UserId, string Code) : NotificationMessage
{
    public override string LinkPath => AccountLinks.With("/account/confirm-email", ("userId", UserId), ("code", Code));

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ALL JAPAN & TOKYO】{0}", L["メールアドレスの確認"].Value].Value,
        string.Join('\n',
            L["{0} 様", DisplayName].Value,
            "",
            L["ビジネスチャンス・ナビ（ALL JAPAN & TOKYO ポータル）へのご登録ありがとうございます。"].Value,
            L["次のリンクを開き、メールアドレスを確認してください。"].Value,
            L["お心当たりのない場合は、このメールを破棄してください。"].Value));
}

/// <summary>
/// Someone registered with an address that already has an account: the page answered as for a new address, and the
/// owner of the address is told here instead, with the way back into their account.
/// </summary>
[NotificationKind("account.registration-attempt")]
public sealed record RegistrationAttemptMail : NotificationMessage
{
    public override string LinkPath => "/account/password/forgot";

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ALL JAPAN & TOKYO】{0}", L["登録の申込みがありました"].Value].Value,
        string.Join('\n',
            L["このメールアドレスで企業登録の申込みがありましたが、このアドレスのアカウントは既にあります。"].Value,
            L["ご本人の場合は、今のアカウントでログインしてください。パスワードをお忘れの場合は、次のリンクから再設定できます。"].Value,
            L["お心当たりのない場合は、このメールを破棄してください。アカウントは変更されていません。"].Value));
}

/// <summary>The one-time link that sets a new password, valid for <see cref="AccountTokens.PasswordResetLifespan"/>.</summary>
[NotificationKind("account.password-reset")]
public sealed record PasswordResetMail(string UserId, string Code) : NotificationMessage
{
    public override string LinkPath => AccountLinks.With("/account/password/reset", ("userId", UserId), ("code", Code));

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ALL JAPAN & TOKYO】{0}", L["パスワードの再設定"].Value].Value,
        string.Join('\n',
            L["パスワードの再設定を受け付けました。次のリンクを開き、新しいパスワードを設定してください（{0}分間有効・1回限り）。", (int)AccountTokens.PasswordResetLifespan.TotalMinutes].Value,
            L["お心当たりのない場合は、このメールを破棄してください。パスワードは変更されていません。"].Value));
}

/// <summary>An account made by an administrator: the link sets its first password (never sent in a mail).</summary>
[NotificationKind("account.setup")]
public sealed record AccountSetupMail(string DisplayName, string UserId, string Code) : NotificationMessage
{
    public override string LinkPath => AccountLinks.With("/account/password/setup", ("userId", UserId), ("code", Code));

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ALL JAPAN & TOKYO】{0}", L["アカウントのご案内"].Value].Value,
        string.Join('\n',
            L["{0} 様", DisplayName].Value,
            "",
            L["ALL JAPAN & TOKYO ポータルのアカウントを作成しました。次のリンクを開き、パスワードを設定してください（{0}日間有効・1回限り）。", AccountTokens.AccountSetupLifespan.Days].Value,
            L["期限が切れた場合は、ログイン画面の「パスワードをお忘れの方」から設定できます。"].Value));
}

/// <summary>A colleague's invitation to a company account, in the language of the page it was sent from.</summary>
[NotificationKind("account.invitation")]
public sealed record InvitationMail(string EnterpriseName, string Token) : NotificationMessage
{
    public override string LinkPath => AccountLinks.With("/account/invitation", ("token", Token));

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ALL JAPAN & TOKYO】{0}", L["{0} の企業アカウントへの招待", EnterpriseName].Value].Value,
        string.Join('\n',
            L["{0} の企業アカウント（ビジネスチャンス・ナビ）に招待されました。", EnterpriseName].Value,
            L["次のリンクを開き、お名前とパスワードを設定してください（{0}日間有効・1回限り）。", EnterpriseInvitation.ValidFor.Days].Value,
            L["お心当たりのない場合は、このメールを破棄してください。"].Value));
}
