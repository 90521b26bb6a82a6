using System.ComponentModel.DataAnnotations;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Account;

/// <summary>An invitation whose link may still be used, with the company it joins (its name is Japanese content).</summary>
public sealed record UsableInvitation(int Id, int EnterpriseId, string Email, string EnterpriseName);

/// <summary>What became of a colleague's acceptance of an invitation.</summary>
public abstract record AcceptanceOutcome
{
    public sealed record Accepted(AppUser User) : AcceptanceOutcome;

    /// <summary>The link was used (perhaps by a second submission at the same moment) or expired meanwhile.</summary>
    public sealed record Gone : AcceptanceOutcome;

    /// <summary>Identity refused the account (a weak password); its errors are already worded.</summary>
    public sealed record Refused(IReadOnlyList<IdentityError> Errors) : AcceptanceOutcome;
}

/// <summary>
/// Colleague invitations to a company account: the representative sends a one-time link (only the hash of its token is
/// stored), and the colleague who opens it sets a name and a password and is bound to the enterprise.
/// </summary>
public sealed class InvitationService(
    AppDbContext db,
    UserManager<AppUser> users,
    Notifier notifier,
    TimeProvider clock,
    ILogger<InvitationService> logger)
{
    /// <summary>
    /// Stores the invitation and its mail (through the outbox, in <paramref name="language"/>, the page's), together.
    /// Only an approved enterprise invites, at most <see cref="EnterpriseInvitation.MaxPerDay"/> a day. Returns why it
    /// was not sent, or null.
    /// </summary>
    public async Task<InvitationProblem?> InviteAsync(int enterpriseId, string invitedByUserId, string? address, PortalLanguage language, CancellationToken cancellationToken)
    {
        // Awaiting screening (or refused, or suspended), a company account cannot be used to mail any address.
        if (!await db.Enterprises.Where(e => e.Id == enterpriseId).Where(Enterprise.MayBid).AnyAsync(cancellationToken))
        {
            return InvitationProblem.NotApproved;
        }

        address = address?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > EnterpriseInvitation.MaxEmailLength || !new EmailAddressAttribute().IsValid(address))
        {
            return InvitationProblem.InvalidEmail;
        }

        var normalized = users.NormalizeEmail(address);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return InvitationProblem.AlreadyRegistered;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        if (await db.EnterpriseInvitations.CountAsync(i => i.EnterpriseId == enterpriseId && i.CreatedAtUtc > dayAgo, cancellationToken) >= EnterpriseInvitation.MaxPerDay)
        {
            return InvitationProblem.DailyLimitReached;
        }

        var enterpriseName = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.NameJa).FirstAsync(cancellationToken);
        var token = EnterpriseInvitation.NewToken();
        db.EnterpriseInvitations.Add(new EnterpriseInvitation
        {
            EnterpriseId = enterpriseId,
            Email = address,
            TokenHash = EnterpriseInvitation.HashToken(token),
            InvitedByUserId = invitedByUserId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + EnterpriseInvitation.ValidFor,
        });
        notifier.Mail(address, language, new InvitationMail(enterpriseName, token));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Enterprise {EnterpriseId} invited a colleague", enterpriseId);
        return null;
    }

    /// <summary>The invitation of a link's token, or null when the token is unknown, used or expired.</summary>
    public async Task<UsableInvitation?> FindUsableAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > EnterpriseInvitation.MaxTokenLength)
        {
            return null;
        }

        var hash = EnterpriseInvitation.HashToken(token.Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        return await (
                from i in db.EnterpriseInvitations.AsNoTracking().Where(EnterpriseInvitation.UsableAt(now))
                where i.TokenHash == hash
                join e in db.Enterprises on i.EnterpriseId equals e.Id
                select new UsableInvitation(i.Id, i.EnterpriseId, i.Email, e.NameJa))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the colleague's account (its e-mail is proved by the link), binds it to the enterprise and uses the
    /// invitation up, all in one transaction; a second use of the link is refused.
    /// </summary>
    public async Task<AcceptanceOutcome> AcceptAsync(UsableInvitation invitation, string displayName, string password, PortalLanguage language, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            EnterpriseId = invitation.EnterpriseId,
            CreatedAtUtc = now,
            PreferredLanguage = language.Code,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Use the invitation up first: of two submissions at once, only one changes the row.
        var claimed = await db.EnterpriseInvitations
            .Where(i => i.Id == invitation.Id)
            .Where(EnterpriseInvitation.UsableAt(now))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedAtUtc, now), cancellationToken);
        if (claimed != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new AcceptanceOutcome.Gone();
        }

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new AcceptanceOutcome.Refused(created.Errors.ToList());
        }

        await users.AddToRoleAsync(user, Roles.Enterprise);
        await db.EnterpriseInvitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedUserId, user.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} accepted: user bound to enterprise {EnterpriseId}", invitation.Id, invitation.EnterpriseId);
        return new AcceptanceOutcome.Accepted(user);
    }
}
