using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>The organiser changed a company's application (selected, not selected, confirmed, withdrawn, booth given).</summary>
[NotificationKind("fairs.application")]
public sealed record ExhibitorApplicationChanged(int EventId, string EventNameJa, ApplicationStatus Status, string? Booth) : NotificationMessage
{
    public override string LinkPath => $"/fairs/events/{EventId}/apply";

    public override NotificationText Text(IStringLocalizer L)
    {
        var body = L["「{0}」への出展申込の状況が「{1}」になりました。", EventNameJa, L.Of(Status)].Value;
        if (Booth is { } booth)
        {
            body += "\n" + L["小間番号: {0}", booth].Value;
        }

        return new(L["【出展申込】{0}", EventNameJa], body);
    }
}
