using System.ComponentModel.DataAnnotations;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Areas.Textiles.Designers;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using Microsoft.AspNetCore.Identity;

namespace AllJapanTokyo.Web.Areas.Textiles.Registration;

/// <summary>A craft maker's registration: the person's account; the maker's profile is written after confirming, at /crafts/makers/me.</summary>
public class MakerRegisterInput : NewPasswordInput
{
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません。")]
    [StringLength(AppUser.MaxEmailLength, ErrorMessage = "メールアドレスは{1}文字以内で入力してください。")]
    [Display(Name = "メールアドレス")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "お名前を入力してください。")]
    [StringLength(AppUser.MaxDisplayNameLength, ErrorMessage = "お名前は{1}文字以内で入力してください。")]
    [Display(Name = "お名前")]
    public string DisplayName { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "利用規約への同意が必要です。")]
    [Display(Name = "利用規約とプライバシーポリシーに同意する")]
    public bool AcceptTerms { get; set; }
}

/// <summary>A designer's registration: the account and the shared designer profile, stored together.</summary>
public sealed class DesignerRegisterInput : MakerRegisterInput
{
    public DesignerKind Kind { get; set; }

    public string? NameJa { get; set; }

    public string? TokyoMunicipality { get; set; }

    public string? Specialties { get; set; }
}

/// <summary>What became of a designer's or a maker's registration.</summary>
public abstract record SelfRegistrationOutcome
{
    /// <summary>Stored, or the address already had an account (its owner was mailed): the page answers the same.</summary>
    public sealed record MailSent : SelfRegistrationOutcome;

    public sealed record ProfileRefused(IReadOnlyList<DesignerFormProblem> Problems) : SelfRegistrationOutcome;

    public sealed record AccountRefused(IReadOnlyList<RegistrationProblem> Problems) : SelfRegistrationOutcome;
}

/// <summary>
/// Designers and craft makers sign themselves up with the habits of the companies' registration: the account and its
/// profile are stored in one transaction with the mail that confirms the address; a taken address is answered as a new
/// one and its owner is mailed instead.
/// </summary>
public sealed class SelfRegistration(
    AppDbContext db,
    UserManager<AppUser> users,
    RegistrationService registration,
    AccountCareService care,
    TimeProvider clock,
    ILogger<SelfRegistration> logger)
{
    /// <summary>Why a designer's profile fields are refused, before anything is stored.</summary>
    public static IReadOnlyList<DesignerFormProblem> Check(DesignerRegisterInput input)
    {
        var problems = new List<DesignerFormProblem>();
        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add(new(nameof(input.Kind), DesignerProblem.NameMissing));
        }

        var municipality = TokyoMunicipalities.Canonical(input.TokyoMunicipality) ?? input.TokyoMunicipality?.Trim();
        if (Designer.Problem(input.NameJa?.Trim(), municipality, input.Specialties?.Trim(), "") is { } problem)
        {
            problems.Add(new(problem switch
            {
                DesignerProblem.NameMissing => nameof(input.NameJa),
                DesignerProblem.NotTokyoBased => nameof(input.TokyoMunicipality),
                _ => nameof(input.Specialties),
            }, problem));
        }

        return problems;
    }

    public async Task<SelfRegistrationOutcome> RegisterDesignerAsync(DesignerRegisterInput input, PortalLanguage language, CancellationToken cancellationToken)
    {
        if (Check(input) is { Count: > 0 } problems)
        {
            return new SelfRegistrationOutcome.ProfileRefused(problems);
        }

        return await RegisterAsync(input, Roles.Designer, language, (user, now) => db.Designers.Add(new Designer
        {
            UserId = user.Id,
            Kind = input.Kind,
            NameJa = input.NameJa!.Trim(),
            TokyoMunicipalityJa = TokyoMunicipalities.Canonical(input.TokyoMunicipality)!,
            SpecialtiesJa = input.Specialties?.Trim() ?? "",
            RegisteredAtUtc = now,
        }), cancellationToken);
    }

    public Task<SelfRegistrationOutcome> RegisterMakerAsync(MakerRegisterInput input, PortalLanguage language, CancellationToken cancellationToken) =>
        RegisterAsync(input, Roles.Maker, language, (_, _) => { }, cancellationToken);

    private async Task<SelfRegistrationOutcome> RegisterAsync(
        MakerRegisterInput input, string role, PortalLanguage language, Action<AppUser, DateTime> addProfile, CancellationToken cancellationToken)
    {
        var address = input.Email.Trim();
        if (await users.FindByEmailAsync(address) is not null)
        {
            await registration.AddressTakenAsync(address, language, cancellationToken);
            return new SelfRegistrationOutcome.MailSent();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            UserName = address,
            Email = address,
            DisplayName = input.DisplayName.Trim(),
            CreatedAtUtc = now,
            PreferredLanguage = language.Code,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();

            // Registered by someone else in the same moment: answered as any taken address.
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                await registration.AddressTakenAsync(address, language, cancellationToken);
                return new SelfRegistrationOutcome.MailSent();
            }

            return new SelfRegistrationOutcome.AccountRefused(created.Errors.Select(e => (RegistrationProblem)new RegistrationProblem.AccountRefused(e)).ToList());
        }

        await users.AddToRoleAsync(user, role);
        addProfile(user, now);
        await care.MailConfirmationAsync(user, language);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("A {Role} registered as {UserName}", role, user.Email);
        return new SelfRegistrationOutcome.MailSent();
    }
}
