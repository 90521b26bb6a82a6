using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Web.Areas.Procurement;
using AllJapanTokyo.Web.Areas.AntennaShops.Rally;
using AllJapanTokyo.Web.Areas.AntennaShops.Shops;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.AntennaShops;

/// <summary>
/// What the progress report says of a stamp rally beyond its figure's note. The stamp-rally table has no note column,
/// so the report's sentence (slide 20) is known here by a code.
/// </summary>
public enum StampRallyNote
{
    /// <summary>FY2020: held online because of COVID-19, with a new website on the antenna shops in Tokyo.</summary>
    HeldOnlineBecauseOfCovid,
}

/// <summary>The words for the AntennaShops area, through the one localiser.</summary>
public static class AntennaShopsText
{
    public static LocalizedString Of(this IStringLocalizer L, StampRallyNote note) => note switch
    {
        StampRallyNote.HeldOnlineBecauseOfCovid => L["令和２年度は、新型コロナウイルスの感染拡大を踏まえ、自宅に居ながらにしてアンテナショップの魅力を楽しめるよう、オンラインでスタンプラリーを実施するとともに、都内アンテナショップ等の情報を掲載したウェブサイトを開設"],
        _ => throw new ArgumentOutOfRangeException(nameof(note)),
    };

    /// <summary>「66ショップ」, "66 shops", "1 shop".</summary>
    public static LocalizedString Shops(this IStringLocalizer L, int count) => L.Count("{0}ショップ", count);

    /// <summary>Why a stamp was refused, in the visitor's language; each says nothing was stamped.</summary>
    public static LocalizedString Of(this IStringLocalizer L, StampProblem problem) => problem switch
    {
        StampProblem.Forged => L["このコードは読み取れません。お店の画面のQRコードをもう一度読み取ってください。スタンプは押されていません。"],
        StampProblem.Expired => L["このコードは期限切れです（コードは1分ごとに変わります）。お店の画面のQRコードをもう一度読み取ってください。スタンプは押されていません。"],
        StampProblem.OtherEdition => L["このコードは別の回のスタンプラリーのものです。スタンプは押されていません。"],
        StampProblem.OutsideDates => L["スタンプラリーの実施期間外です。スタンプは押されていません。"],
        StampProblem.AlreadyStamped => L["このお店のスタンプはすでに押されています。スタンプは各店1回までです。"],
        StampProblem.ShopNotTakingPart => L["このお店はこの回のスタンプラリーに参加していません。スタンプは押されていません。"],
        StampProblem.TooManyAttempts => L["試行回数が多すぎます。1分ほど待ってからもう一度お試しください。スタンプは押されていません。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, RallyDrawProblem problem) => problem switch
    {
        RallyDrawProblem.NoSuchEdition => L["このスタンプラリーはありません。"],
        RallyDrawProblem.NotEnded => L["スタンプラリーの実施期間が終わってから行えます。"],
        RallyDrawProblem.AlreadyDrawn => L["抽選はすでに行われています。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>A refused field of a shop: the field's name and the problem.</summary>
    public static LocalizedString Of(this IStringLocalizer L, ShopFieldProblem problem) =>
        L["{0}：{1}", L.ShopField(problem.Field), L.Of(problem.Problem)];

    /// <summary>A refused shop photo, in the words of company images but with the shop photo's size limit.</summary>
    public static LocalizedString OfShopPhoto(this IStringLocalizer L, EnterpriseImageProblem problem) =>
        problem == EnterpriseImageProblem.TooLarge ? L["画像は{0}MB以下にしてください。", AntennaShopPhoto.MaxBytes / 1024 / 1024] : L.Of(problem);

    public static LocalizedString Of(this IStringLocalizer L, ShopProblem problem) => problem switch
    {
        ShopProblem.Required => L["入力してください"],
        ShopProblem.TooLong => L["長すぎます"],
        ShopProblem.UnknownPrefecture => L["都道府県コード（01～47）ではありません"],
        ShopProblem.NotYourPrefecture => L["ほかの都道府県のショップは編集できません"],
        ShopProblem.NotATime => L["時刻は「10:00」の形で入力してください"],
        ShopProblem.UnknownWeekday => L["曜日は「月,火」または「mon,tue」の形で入力してください"],
        ShopProblem.NotYesOrNo => L["「yes」か「no」で入力してください"],
        ShopProblem.UnknownLanguage => L["言語は ja, en, zh-Hans, ko から選んでください"],
        ShopProblem.NotAnHttpsAddress => L["https で始まるアドレスを入力してください"],
        ShopProblem.NotACoordinate => L["緯度・経度は小数（小数点以下6桁まで）で入力してください"],
        ShopProblem.CoordinatesInPairs => L["緯度と経度は両方入力してください"],
        ShopProblem.DuplicateName => L["同じ都道府県に同じ名前のショップがあります"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>The label of a shop field (the CSV column's name in the code).</summary>
    public static LocalizedString ShopField(this IStringLocalizer L, string field) => field switch
    {
        "prefecture_code" => L["都道府県コード"],
        "other_prefecture_codes" => L["共同出店の都道府県コード"],
        "municipality" => L["市区町村"],
        "name_ja" => L["ショップ名"],
        "name_en" => L["ショップ名（英語）"],
        "address_ja" => L["住所"],
        "nearest_station" => L["最寄り駅"],
        "opens" => L["開店時刻"],
        "closes" => L["閉店時刻"],
        "closed_days" => L["定休日（曜日）"],
        "closing_note" => L["休業日の補足"],
        "has_restaurant" => L["飲食スペース"],
        "languages" => L["対応言語"],
        "photo_url" => L["写真のアドレス"],
        "latitude" => L["緯度"],
        "longitude" => L["経度"],
        _ => L["行の列数"],
    };

    public static LocalizedString Of(this IStringLocalizer L, ClosingDays day) => day switch
    {
        ClosingDays.Sunday => L["日曜日"],
        ClosingDays.Monday => L["月曜日"],
        ClosingDays.Tuesday => L["火曜日"],
        ClosingDays.Wednesday => L["水曜日"],
        ClosingDays.Thursday => L["木曜日"],
        ClosingDays.Friday => L["金曜日"],
        ClosingDays.Saturday => L["土曜日"],
        ClosingDays.PublicHolidays => L["祝日"],
        _ => L["なし"],
    };

    /// <summary>The weekdays a shop is closed on, as a list in the reader's language.</summary>
    public static string ClosedOn(this IStringLocalizer L, ClosingDays days) =>
        days == ClosingDays.None
            ? L["なし"].Value
            : L.List(Enum.GetValues<ClosingDays>().Where(d => d != ClosingDays.None && days.HasFlag(d)).Select(d => L.Of(d).Value).ToList());

    /// <summary>A language a shop serves in, by its portal code, named in its own language.</summary>
    public static string LanguageName(string code) => PortalLanguage.All.FirstOrDefault(l => l.Code == code)?.NativeName ?? code;
}
