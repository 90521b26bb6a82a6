using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Areas.Admin.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Admin.Users;

/// <summary>Why an administrator's change of an account is refused; the controller words it.</summary>
public enum UserAdminProblem
{
    EmailTaken,
    RoleNotManaged,
    PrefectureMissing,
    OrganizationMissing,
    RegionMissing,
    RegionTaken,

    /// <summary>The account changed since the form was opened (another administrator, or its own sign-in settings).</summary>
    ChangedMeanwhile,

    /// <summary>Administrators do not disable or demote themselves: the portal must keep one who can undo it.</summary>
    NotOnYourself,

    /// <summary>A company account's role and binding come from its company (registration, invitation).</summary>
    EnterpriseAccount,
}

/// <summary>
/// /admin/users: search and list the accounts; create staff accounts (a mail with a link to set the password, never a
/// password), change roles and bindings, disable and enable, reset MFA. Every change ends the account's sessions (the
/// security stamp changes), is refused on a stale form, and is a security event.
/// </summary>
public sealed class UserAdminService(
    AppDbContext db,
    UserManager<AppUser> users,
    MfaService mfa,
    Notifier notifier,
    SecurityLog log,
    TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The roles an administrator gives; company accounts come from registration and invitations.</summary>
    public static readonly IReadOnlyList<string> ManagedRoles = [Roles.PrefectureStaff, Roles.BuyerStaff, Roles.Coordinator, Roles.TokyoOfficial, Roles.Administrator];

    public async Task<UserListViewModel> ListAsync(string? query, string? role, int page, CancellationToken cancellationToken)
    {
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        role = Roles.All.Contains(role) ? role : null;
        var found = db.Users.AsNoTracking();
        if (query is not null)
        {
            var normalized = query.ToUpperInvariant();
            found = found.Where(u => u.NormalizedEmail!.Contains(normalized) || u.DisplayName.Contains(query));
        }

        if (role is not null)
        {
            found = found.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var total = await found.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var accounts = await found.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var rows = new List<UserRow>();
        var lookups = await LookupsAsync(accounts, cancellationToken);
        foreach (var account in accounts)
        {
            rows.Add(new UserRow(
                account.Id, account.Email ?? "", account.DisplayName, lookups.Roles(account.Id), lookups.Binding(account),
                StateOf(account), account.TwoFactorEnabled, account.LastSignInAtUtc));
        }

        return new UserListViewModel(query, role, rows, total, page, pageCount);
    }

    public async Task<UserFormOptions> OptionsAsync(CancellationToken cancellationToken) => new(
        await db.PrefectureOptionsAsync(cancellationToken),
        await db.Organizations.AsNoTracking().Where(o => !o.IsSynthetic).OrderBy(o => o.NameJa)
            .Select(o => new BindingOption(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.NameJa, o.NameEn)).ToListAsync(cancellationToken),
        await db.CoordinatorRegions.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new BindingOption(r.Code, r.NameJa, r.NameEn)).ToListAsync(cancellationToken));

    public async Task<UserDetailsViewModel?> DetailsAsync(string id, string actorId, UserInput? typed, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var lookups = await LookupsAsync([account], cancellationToken);
        var roles = lookups.Roles(account.Id);
        var region = await db.CoordinatorRegions.AsNoTracking().Where(r => r.CoordinatorUserName == account.UserName).Select(r => r.Code).FirstOrDefaultAsync(cancellationToken);
        var input = typed ?? new UserInput
        {
            Email = account.Email ?? "",
            DisplayName = account.DisplayName,
            Role = roles.FirstOrDefault(ManagedRoles.Contains) ?? "",
            PrefectureCode = account.PrefectureCode,
            OrganizationId = account.OrganizationId,
            RegionCode = region,
        };
        input.Version = account.ConcurrencyStamp;
        return new UserDetailsViewModel(
            account.Id, account.Email ?? "", account.DisplayName, roles, lookups.Binding(account), StateOf(account), account.TwoFactorEnabled,
            account.CreatedAtUtc, account.LastSignInAtUtc, account.EnterpriseId is not null, account.Id == actorId, account.ConcurrencyStamp ?? "",
            input, await OptionsAsync(cancellationToken));
    }

    /// <summary>
    /// Creates a staff account without a password and mails its owner a link to set one, in
    /// <paramref name="language"/>. Returns the new account's id, or why it was refused.
    /// </summary>
    public async Task<(string? Id, UserAdminProblem? Problem)> CreateAsync(UserInput input, string actorEmail, PortalLanguage language, CancellationToken cancellationToken)
    {
        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, UserAdminProblem.EmailTaken);
        }

        if (await BindingProblemAsync(input, null, cancellationToken) is { } problem)
        {
            return (null, problem);
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            PreferredLanguage = language.Code,
        };
        Bind(user, input);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (null, UserAdminProblem.EmailTaken);
        }

        await users.AddToRoleAsync(user, input.Role);
        await BindRegionAsync(user, input, cancellationToken);
        var token = await users.GenerateUserTokenAsync(user, AccountTokens.AccountSetupProvider, AccountTokens.AccountSetupPurpose);
        notifier.Mail(email, language, new AccountSetupMail(user.DisplayName, user.Id, AccountTokens.Encode(token)));
        log.Record(SecurityEventKind.AccountCreated, user, detail: $"role:{input.Role}", actorEmail: actorEmail);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (user.Id, null);
    }

    /// <summary>Changes the name, role and binding of the account the form was made from; its sessions end.</summary>
    public async Task<UserAdminProblem?> UpdateAsync(string id, UserInput input, string actorId, string actorEmail, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(id, input.Version) is not { } user)
        {
            return UserAdminProblem.ChangedMeanwhile;
        }

        if (user.EnterpriseId is not null)
        {
            return UserAdminProblem.EnterpriseAccount;
        }

        var before = await users.GetRolesAsync(user);
        if (user.Id == actorId && !input.Role.Equals(Roles.Administrator, StringComparison.Ordinal))
        {
            return UserAdminProblem.NotOnYourself;
        }

        if (await BindingProblemAsync(input, user, cancellationToken) is { } problem)
        {
            return problem;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = input.DisplayName.Trim();
        Bind(user, input);
        await db.CoordinatorRegions.Where(r => r.CoordinatorUserName == user.UserName)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CoordinatorUserName, (string?)null), cancellationToken);
        await BindRegionAsync(user, input, cancellationToken);
        log.Record(SecurityEventKind.RoleChanged, user, detail: $"{string.Join(',', before)} -> {input.Role}; {BindingCode(input)}", actorEmail: actorEmail);
        var removed = await users.RemoveFromRolesAsync(user, before);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, input.Role) : removed;
        var stamped = added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
        if (!stamped.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return UserAdminProblem.ChangedMeanwhile;
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Disables (locked out until <see cref="AppUser.DisabledUntil"/>) or enables the account; its sessions end.</summary>
    public async Task<UserAdminProblem?> SetDisabledAsync(string id, bool disabled, string? version, string actorId, string actorEmail)
    {
        if (await CurrentAsync(id, version) is not { } user)
        {
            return UserAdminProblem.ChangedMeanwhile;
        }

        if (user.Id == actorId)
        {
            return UserAdminProblem.NotOnYourself;
        }

        log.Record(disabled ? SecurityEventKind.Disabled : SecurityEventKind.Enabled, user, actorEmail: actorEmail);
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? AppUser.DisabledUntil : null;
        user.AccessFailedCount = 0;
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? null : UserAdminProblem.ChangedMeanwhile;
    }

    /// <summary>Turns the account's MFA off and forgets its key; it enrols again at its next sign-in where its role requires.</summary>
    public async Task<UserAdminProblem?> ResetMfaAsync(string id, string? version, string actorEmail)
    {
        if (await CurrentAsync(id, version) is not { } user)
        {
            return UserAdminProblem.ChangedMeanwhile;
        }

        await mfa.ResetAsync(user, actorEmail);
        return null;
    }

    /// <summary>The account, when the form's version is still its version.</summary>
    private async Task<AppUser?> CurrentAsync(string id, string? version)
    {
        var user = await users.FindByIdAsync(id);
        return user is not null && version is not null && string.Equals(user.ConcurrencyStamp, version, StringComparison.Ordinal) ? user : null;
    }

    private async Task<UserAdminProblem?> BindingProblemAsync(UserInput input, AppUser? user, CancellationToken cancellationToken)
    {
        if (!ManagedRoles.Contains(input.Role))
        {
            return UserAdminProblem.RoleNotManaged;
        }

        return input.Role switch
        {
            Roles.PrefectureStaff when input.PrefectureCode is null || !Prefecture.IsValidCode(input.PrefectureCode) || input.PrefectureCode == Prefecture.TokyoCode
                => UserAdminProblem.PrefectureMissing,
            Roles.BuyerStaff when input.OrganizationId is not { } organization || !await db.Organizations.AnyAsync(o => o.Id == organization, cancellationToken)
                => UserAdminProblem.OrganizationMissing,
            Roles.Coordinator when input.RegionCode is null || !await db.CoordinatorRegions.AnyAsync(r => r.Code == input.RegionCode, cancellationToken)
                => UserAdminProblem.RegionMissing,
            Roles.Coordinator when await db.CoordinatorRegions.AnyAsync(r => r.Code == input.RegionCode && r.CoordinatorUserName != null && r.CoordinatorUserName != user!.UserName, cancellationToken)
                => UserAdminProblem.RegionTaken,
            _ => null,
        };
    }

    /// <summary>Keeps the one binding the role has.</summary>
    private static void Bind(AppUser user, UserInput input)
    {
        user.PrefectureCode = input.Role == Roles.PrefectureStaff ? input.PrefectureCode : null;
        user.OrganizationId = input.Role == Roles.BuyerStaff ? input.OrganizationId : null;
    }

    private Task BindRegionAsync(AppUser user, UserInput input, CancellationToken cancellationToken) =>
        input.Role == Roles.Coordinator
            ? db.CoordinatorRegions.Where(r => r.Code == input.RegionCode)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CoordinatorUserName, user.UserName), cancellationToken)
            : Task.CompletedTask;

    private static string BindingCode(UserInput input) => input.Role switch
    {
        Roles.PrefectureStaff => $"prefecture:{input.PrefectureCode}",
        Roles.BuyerStaff => $"organization:{input.OrganizationId}",
        Roles.Coordinator => $"region:{input.RegionCode}",
        _ => "-",
    };

    private AccountState StateOf(AppUser user) =>
        user.IsDisabled ? AccountState.Disabled
        : user.LockoutEnd is { } end && end > clock.GetUtcNow() ? AccountState.LockedOut
        : !user.EmailConfirmed ? AccountState.Unconfirmed
        : AccountState.Active;

    private async Task<Lookups> LookupsAsync(IReadOnlyList<AppUser> accounts, CancellationToken cancellationToken)
    {
        var ids = accounts.Select(u => u.Id).ToList();
        var names = accounts.Select(u => u.UserName).ToList();
        var organizationIds = accounts.Where(u => u.OrganizationId != null).Select(u => u.OrganizationId!.Value).Distinct().ToList();
        var enterpriseIds = accounts.Where(u => u.EnterpriseId != null).Select(u => u.EnterpriseId!.Value).Distinct().ToList();
        var roles = await (from ur in db.UserRoles where ids.Contains(ur.UserId) join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return new Lookups(
            roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Name!).Order(StringComparer.Ordinal).ToList()),
            await db.PrefectureNamesAsync(cancellationToken),
            await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.NameJa, o.NameEn), cancellationToken),
            await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.NameJa, cancellationToken),
            await db.CoordinatorRegions.AsNoTracking().Where(r => names.Contains(r.CoordinatorUserName)).ToDictionaryAsync(r => r.CoordinatorUserName!, r => (r.NameJa, (string?)r.NameEn), cancellationToken));
    }

    private sealed record Lookups(
        Dictionary<string, IReadOnlyList<string>> RolesById,
        PrefectureNames Prefectures,
        Dictionary<int, (string NameJa, string? NameEn)> Organizations,
        Dictionary<int, string> Enterprises,
        Dictionary<string, (string NameJa, string? NameEn)> Regions)
    {
        public IReadOnlyList<string> Roles(string id) => RolesById.GetValueOrDefault(id) ?? [];

        public UserBinding Binding(AppUser user)
        {
            var organization = user.OrganizationId is { } o && Organizations.TryGetValue(o, out var found) ? found : default;
            var region = user.UserName is { } name && Regions.TryGetValue(name, out var r) ? r : default;
            return new UserBinding(
                user.PrefectureCode is { } code ? Prefectures[code] : null,
                organization.NameJa, organization.NameEn, region.NameJa, region.NameEn,
                user.EnterpriseId is { } e ? Enterprises.GetValueOrDefault(e) : null);
        }
    }
}
