using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Reporting;

/// <summary>The Japanese and English words for review states and participation roles.</summary>
public static class ReportingText
{
    public static string Japanese(this ReviewState state) => state switch
    {
        ReviewState.Draft => "下書き",
        ReviewState.Submitted => "提出済み（審査待ち）",
        ReviewState.Returned => "差戻し",
        ReviewState.Approved => "承認済み",
        _ => state.ToString(),
    };

    public static string English(this ReviewState state) => state switch
    {
        ReviewState.Draft => "Draft",
        ReviewState.Submitted => "Submitted (awaiting review)",
        ReviewState.Returned => "Returned",
        ReviewState.Approved => "Approved",
        _ => state.ToString(),
    };

    public static string Japanese(this ParticipationRole role) => role switch
    {
        ParticipationRole.Host => "開催地",
        ParticipationRole.Exhibitor => "出展",
        ParticipationRole.Partner => "連携先",
        ParticipationRole.Participant => "参加",
        _ => role.ToString(),
    };

    public static string English(this ParticipationRole role) => role switch
    {
        ParticipationRole.Host => "Host",
        ParticipationRole.Exhibitor => "Exhibitor",
        ParticipationRole.Partner => "Partner",
        ParticipationRole.Participant => "Participant",
        _ => role.ToString(),
    };

    public static string Japanese(this Domain.Reporting.AuditAction action) => action switch
    {
        Domain.Reporting.AuditAction.ValueChanged => "値の変更",
        Domain.Reporting.AuditAction.StatusChanged => "実施状況の変更",
        Domain.Reporting.AuditAction.Submitted => "提出",
        Domain.Reporting.AuditAction.Returned => "差戻し",
        Domain.Reporting.AuditAction.Approved => "承認",
        Domain.Reporting.AuditAction.LockExceptionOpened => "入力期間の例外",
        Domain.Reporting.AuditAction.Imported => "CSV取込",
        _ => action.ToString(),
    };

    public static string English(this Domain.Reporting.AuditAction action) => action switch
    {
        Domain.Reporting.AuditAction.ValueChanged => "Value changed",
        Domain.Reporting.AuditAction.StatusChanged => "Status changed",
        Domain.Reporting.AuditAction.Submitted => "Submitted",
        Domain.Reporting.AuditAction.Returned => "Returned",
        Domain.Reporting.AuditAction.Approved => "Approved",
        Domain.Reporting.AuditAction.LockExceptionOpened => "Entry re-opened",
        Domain.Reporting.AuditAction.Imported => "Imported from CSV",
        _ => action.ToString(),
    };

    public static string Text(this Domain.Reporting.AuditAction action) => Display.Pick(action.Japanese(), action.English());

    public static string Text(this ReviewState state) => Display.Pick(state.Japanese(), state.English());

    public static string Text(this ParticipationRole role) => Display.Pick(role.Japanese(), role.English());

    /// <summary>Bootstrap badge classes; the state is always written out too, never told by colour alone.</summary>
    public static string BadgeClass(this ReviewState state) => state switch
    {
        ReviewState.Approved => "text-bg-success",
        ReviewState.Returned => "text-bg-danger",
        ReviewState.Submitted => "text-bg-primary",
        _ => "text-bg-secondary",
    };
}
