using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Meetings;

/// <summary>The words for the business meetings' codes, through the one localiser.</summary>
public static class MeetingsText
{
    public static LocalizedString Of(this IStringLocalizer L, MeetingSide side) => side switch
    {
        MeetingSide.Buyer => L["バイヤー"],
        MeetingSide.Supplier => L["サプライヤー"],
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static LocalizedString Of(this IStringLocalizer L, MeetingRequestStatus status) => status switch
    {
        MeetingRequestStatus.Pending => L["回答待ち"],
        MeetingRequestStatus.Accepted => L["成立"],
        MeetingRequestStatus.Declined => L["お断り"],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static LocalizedString Of(this IStringLocalizer L, MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.Deal => L["成約"],
        MeetingOutcome.FollowUp => L["継続商談"],
        MeetingOutcome.NoDeal => L["見送り"],
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static LocalizedString Of(this IStringLocalizer L, MeetingProblem problem) => problem switch
    {
        MeetingProblem.NoProgramme => L["この催しには商談会の設定がありません。主催者が設定を保存すると始められます。"],
        MeetingProblem.NotParticipant => L["商談会に参加登録した、審査済みの企業または発注機関だけが申し込めます。"],
        MeetingProblem.AlreadyRegistered => L["すでにこの商談会に参加登録しています。"],
        MeetingProblem.SameSide => L["商談はバイヤーとサプライヤーの間で申し込みます。同じ側の参加者には申し込めません。"],
        MeetingProblem.RequestToSelf => L["自分自身には商談を申し込めません。"],
        MeetingProblem.RequestExists => L["この相手との商談の申込みはすでにあります。"],
        MeetingProblem.RequestCapReached => L["申込みの上限に達しています。辞退された申込みは数えません。"],
        MeetingProblem.NotAddressee => L["この申込みに回答できるのは申込みを受けた参加者だけです。"],
        MeetingProblem.AlreadyDecided => L["この申込みにはすでに回答しています。"],
        MeetingProblem.RequestNotAccepted => L["成立していない申込みは予定に入れられません。"],
        MeetingProblem.AlreadyScheduled => L["ほかの操作で予定が同時に変わりました。もう一度自動配置を実行してください。"],
        MeetingProblem.SlotOutsideSessions => L["その時間は商談会のセッションの枠ではありません。セッションの時間内で、枠の開始時刻を指定してください。"],
        MeetingProblem.TableOutsideSession => L["そのテーブルはこのセッションにありません（オンラインのセッションではテーブルを指定しません）。"],
        MeetingProblem.TableBusy => L["そのテーブルは、その時間にほかの商談が入っています。"],
        MeetingProblem.PartnerBusy => L["商談相手のどちらかが、その時間にほかの商談に入っています。"],
        MeetingProblem.PartnerAbsent => L["商談相手のどちらかが、そのセッションには参加しません。"],
        MeetingProblem.SessionCapReached => L["商談相手のどちらかが、このセッションの商談数の上限に達しています。"],
        MeetingProblem.NotInMeeting => L["自分が参加する商談ではありません。"],
        MeetingProblem.MeetingNotHeldYet => L["商談の結果は、商談の時間が終わってから記録できます。"],
        MeetingProblem.SessionTimesInvalid => L["日付と開始・終了時刻を入力してください。終了は開始より後で、少なくとも1枠分の長さが必要です。"],
        MeetingProblem.SessionsOverlap => L["ほかのセッションと時間が重なっています。"],
        MeetingProblem.SlotLengthOutOfRange => L["1枠の長さは15分から60分の間で指定してください。"],
        MeetingProblem.TablesOutOfRange => L["テーブル数は0（オンライン）から1,000までで指定してください。"],
        MeetingProblem.OnlineLinkMissing => L["オンラインのセッション（テーブル数0）には https で始まる会議のリンクを入力してください。"],
        MeetingProblem.CapOutOfRange => L["上限は1から100までの数で指定してください。"],
        MeetingProblem.TextTooLong => L["入力が長すぎます。提供できるもの・求めるものは各1,000字まで、申込みのメッセージは500字までです。"],
        MeetingProblem.Frozen => L["商談予定は確定済みです。自動配置はできません（個別の移動はできます）。"],
        MeetingProblem.NotEndedYet => L["実績は、最後のセッションが終わってから送れます。"],
        MeetingProblem.NoIndicatorOnForm => L["この施策の報告様式には、商談会から算出できる指標（商談数・参加都道府県数・開催件数）がありません。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static string Of(this IStringLocalizer L, MeetingChange change) =>
        change.Number is { } number ? L.Of(number).Value
        : change.Problem is { } problem ? L.Of(problem).Value
        : change.Notice switch
        {
            MeetingNotice.SettingsSaved => L["商談会の設定を保存しました。"].Value,
            MeetingNotice.SessionAdded => L["セッションを追加しました。"].Value,
            MeetingNotice.Registered => L["商談会に参加登録しました。"].Value,
            MeetingNotice.Requested => L["商談を申し込みました。相手が回答するとお知らせします。"].Value,
            MeetingNotice.Accepted => L["商談が成立しました。時間と場所は主催者が決めます。"].Value,
            MeetingNotice.Declined => L["申込みを辞退しました。"].Value,
            MeetingNotice.Scheduled => L["自動配置で{0}件の商談を予定に入れました。入らなかった申込み：{1}件。", change.Placed, change.Left].Value,
            MeetingNotice.Moved => L["商談を移動しました。両者にお知らせしました。"].Value,
            MeetingNotice.Frozen => L["商談予定を確定しました。参加者全員にお知らせしました。"].Value,
            MeetingNotice.OutcomeRecorded => L["商談の結果を記録しました。"].Value,
            MeetingNotice.FiguresProposed => L["商談会の実績を報告値の案として送りました。"].Value,
            _ => "",
        };
}
