using System.Text;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Account;

/// <summary>Why a registration is refused, and the form field it belongs to ("" for the whole form).</summary>
public abstract record RegistrationProblem(string Field)
{
    public sealed record CorporateNumberRefused(CorporateNumberProblem Problem) : RegistrationProblem(nameof(RegisterInput.CorporateNumber));

    /// <summary>Another company registered this corporate number: its representative invites colleagues instead.</summary>
    public sealed record CorporateNumberTaken() : RegistrationProblem(nameof(RegisterInput.CorporateNumber));

    public sealed record CapitalRefused(NumberProblem Problem) : RegistrationProblem(nameof(RegisterInput.CapitalYen));

    public sealed record EmployeesRefused(NumberProblem Problem) : RegistrationProblem(nameof(RegisterInput.Employees));

    public sealed record NoPrefecture() : RegistrationProblem(nameof(RegisterInput.PrefectureCode));

    public sealed record NoIndustry() : RegistrationProblem(nameof(RegisterInput.JsicMajorGroup));

    public sealed record LogoRefused(EnterpriseImageProblem Problem) : RegistrationProblem(nameof(RegisterInput.Logo));

    /// <summary>Identity refused the account (a weak password, an address already used); its error is already worded.</summary>
    public sealed record AccountRefused(IdentityError Error) : RegistrationProblem(FieldOf(Error));

    public static string FieldOf(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == CommonPasswordValidator.ErrorCode ? nameof(RegisterInput.Password)
        : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(RegisterInput.Email)
        : "";
}

/// <summary>What became of a registration that passed the form's checks.</summary>
public abstract record RegistrationOutcome
{
    public sealed record Registered(AppUser User, int EnterpriseId) : RegistrationOutcome;

    public sealed record Refused(IReadOnlyList<RegistrationProblem> Problems) : RegistrationOutcome;

    /// <summary>
    /// The address already has an account: nothing is stored, its owner is mailed instead, and the page answers as for a
    /// new registration, so that it does not tell who has an account.
    /// </summary>
    public sealed record AddressTaken : RegistrationOutcome;
}

/// <summary>What became of a click on the confirmation link.</summary>
public enum ConfirmationOutcome
{
    Confirmed,
    UnknownUser,

    /// <summary>The code is not even the Base64url the e-mail carries.</summary>
    MalformedLink,

    /// <summary>Identity refused the token (expired, or for another address).</summary>
    Refused,
}

/// <summary>
/// SME self-registration (the company and its first account, stored together or not at all) and the confirmation of
/// the e-mail address it was made with.
/// </summary>
public sealed class RegistrationService(
    AppDbContext db,
    UserManager<AppUser> users,
    AccountCareService care,
    Notifier notifier,
    TimeProvider clock,
    ILogger<RegistrationService> logger)
{
    /// <summary>The prefectures of the form's list, named in the reader's language by the view.</summary>
    public Task<IReadOnlyList<PrefectureOption>> PrefecturesAsync(CancellationToken cancellationToken) => db.PrefectureOptionsAsync(cancellationToken);

    /// <summary>
    /// The domain's checks of the typed fields and the logo, which the form's attributes cannot make; returns the
    /// logo's bytes when one was sent. The corporate number is trimmed in <paramref name="input"/>.
    /// </summary>
    public async Task<(byte[]? Logo, IReadOnlyList<RegistrationProblem> Problems)> CheckAsync(RegisterInput input, CancellationToken cancellationToken)
    {
        var problems = new List<RegistrationProblem>();
        input.CorporateNumber = (input.CorporateNumber ?? "").Trim();
        if (input.CorporateNumber.Length > 0 && CorporateNumber.Problem(input.CorporateNumber) is { } numberProblem)
        {
            problems.Add(new RegistrationProblem.CorporateNumberRefused(numberProblem));
        }

        if (CompanyFigures.CapitalProblem(input.CapitalYen) is { } capitalProblem)
        {
            problems.Add(new RegistrationProblem.CapitalRefused(capitalProblem));
        }

        if (CompanyFigures.EmployeesProblem(input.Employees) is { } employeesProblem)
        {
            problems.Add(new RegistrationProblem.EmployeesRefused(employeesProblem));
        }

        if (!string.IsNullOrEmpty(input.PrefectureCode) && !Prefecture.IsValidCode(input.PrefectureCode))
        {
            problems.Add(new RegistrationProblem.NoPrefecture());
        }

        if (!string.IsNullOrEmpty(input.JsicMajorGroup) && !JsicMajorGroup.IsValid(input.JsicMajorGroup))
        {
            problems.Add(new RegistrationProblem.NoIndustry());
        }

        byte[]? logo = null;
        if (input.Logo is { Length: > 0 } file)
        {
            (logo, var tooLarge) = await ImageUploads.ReadAsync(file, cancellationToken);
            if ((tooLarge ?? EnterpriseImage.Problem(logo)) is { } logoProblem)
            {
                problems.Add(new RegistrationProblem.LogoRefused(logoProblem));
            }
        }

        return (logo, problems);
    }

    /// <summary>
    /// Stores the company (pending the operator's screening), its logo, its first account and the mail that confirms the
    /// address (in <paramref name="language"/>, the page's), in one transaction.
    /// </summary>
    public async Task<RegistrationOutcome> RegisterAsync(RegisterInput input, byte[]? logo, PortalLanguage language, CancellationToken cancellationToken)
    {
        var address = input.Email.Trim();
        if (await users.FindByEmailAsync(address) is not null)
        {
            return await AddressTakenAsync(address, language, cancellationToken);
        }

        if (await db.Enterprises.AnyAsync(e => e.CorporateNumber == input.CorporateNumber, cancellationToken))
        {
            return new RegistrationOutcome.Refused([new RegistrationProblem.CorporateNumberTaken()]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enterprise = new Enterprise
        {
            CorporateNumber = input.CorporateNumber,
            NameJa = input.CompanyName.Trim(),
            NameKana = ProfileText.Clean(input.CompanyNameKana),
            PrefectureCode = input.PrefectureCode,
            Address = ProfileText.Clean(input.Address),
            Capabilities = ProfileText.Clean(input.Capabilities),
            Certifications = ProfileText.Clean(input.Certifications),
            PrText = ProfileText.Clean(input.PrText),
            JsicMajorGroup = input.JsicMajorGroup,
            SmeIndustryGroup = SmeClassification.GroupForJsic(input.JsicMajorGroup, input.IsRetail),
            CapitalYen = CompanyFigures.Capital(input.CapitalYen),
            Employees = CompanyFigures.Employees(input.Employees),
            RegisteredAtUtc = now,
        };
        var user = new AppUser
        {
            UserName = address,
            Email = address,
            DisplayName = input.DisplayName.Trim(),
            CreatedAtUtc = now,
            PreferredLanguage = language.Code,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken);
        if (logo is not null)
        {
            db.EnterpriseImages.Add(new EnterpriseImage
            {
                EnterpriseId = enterprise.Id,
                Kind = EnterpriseImageKind.Logo,
                ContentType = EnterpriseImage.DetectContentType(logo)!,
                Content = logo,
                UploadedAtUtc = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        user.EnterpriseId = enterprise.Id;
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();

            // Registered by someone else in the same moment: answered as any taken address.
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                return await AddressTakenAsync(address, language, cancellationToken);
            }

            return new RegistrationOutcome.Refused(created.Errors.Select(e => (RegistrationProblem)new RegistrationProblem.AccountRefused(e)).ToList());
        }

        await users.AddToRoleAsync(user, Roles.Enterprise);
        await care.MailConfirmationAsync(user, language);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Enterprise {EnterpriseId} registered by {UserName}", enterprise.Id, user.Email);
        return new RegistrationOutcome.Registered(user, enterprise.Id);
    }

    /// <summary>Mails the owner of an address that already has an account, instead of telling the page; nothing else is stored.</summary>
    public async Task<RegistrationOutcome> AddressTakenAsync(string address, PortalLanguage language, CancellationToken cancellationToken)
    {
        notifier.Mail(address, language, new RegistrationAttemptMail());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("A registration named an address that already has an account; its owner was mailed");
        return new RegistrationOutcome.AddressTaken();
    }

    /// <summary>The address a confirmation link is for, or null when its user does not exist.</summary>
    public async Task<string?> AddressToConfirmAsync(string userId) =>
        await users.FindByIdAsync(userId) is { } user ? user.Email ?? "" : null;

    /// <summary>Confirms the address with the code of the link; a confirmed account may sign in.</summary>
    public async Task<(ConfirmationOutcome Outcome, IReadOnlyList<IdentityError> Errors)> ConfirmEmailAsync(string userId, string code)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return (ConfirmationOutcome.UnknownUser, []);
        }

        if (AccountTokens.Decode(code) is not { } token)
        {
            return (ConfirmationOutcome.MalformedLink, []);
        }

        var result = await users.ConfirmEmailAsync(user, token);
        return result.Succeeded ? (ConfirmationOutcome.Confirmed, []) : (ConfirmationOutcome.Refused, result.Errors.ToList());
    }
}
