using System.Globalization;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// An enterprise's public PR page (approved enterprises only) and its company account: the profile and the logo and
/// photos (checked by content, size-limited, stored in the database). Colleague invitations are
/// <see cref="AllJapanTokyo.Web.Account.InvitationService"/>'s.
/// </summary>
public sealed class EnterpriseProfileService(AppDbContext db, TimeProvider clock)
{
    /// <summary>The PR page, or null when the enterprise does not exist or is not approved (pending, rejected, suspended).</summary>
    public async Task<EnterprisePageViewModel?> PublicPageAsync(int id, CancellationToken cancellationToken)
    {
        var page = await (
                from e in db.Enterprises.AsNoTracking().Where(Enterprise.IsPublic)
                where e.Id == id
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                select new EnterprisePageViewModel(
                    e.Id, e.NameJa, e.NameKana, e.CorporateNumber, p.Name, e.Address, e.JsicMajorGroup, e.CapitalYen,
                    e.Employees, e.Capabilities, e.Certifications, e.PrText, e.IsSynthetic, new List<EnterpriseImageItem>()))
            .FirstOrDefaultAsync(cancellationToken);
        return page is null ? null : page with { Images = await ImagesAsync(id, cancellationToken) };
    }

    /// <summary>
    /// An image's bytes: public for approved enterprises; the company's own users (and operators) see them always.
    /// </summary>
    public async Task<(byte[] Content, string ContentType)?> ImageAsync(int enterpriseId, int imageId, bool viewerMaySeeUnpublished, CancellationToken cancellationToken)
    {
        var image = await db.EnterpriseImages.AsNoTracking()
            .Where(i => i.Id == imageId && i.EnterpriseId == enterpriseId
                && (viewerMaySeeUnpublished || db.Enterprises.Where(Enterprise.IsPublic).Any(e => e.Id == enterpriseId)))
            .Select(i => new { i.Content, i.ContentType })
            .FirstOrDefaultAsync(cancellationToken);
        return image is null ? null : (image.Content, image.ContentType);
    }

    public async Task<EnterpriseAccountViewModel?> AccountAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        var e = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(x => x.Id == enterpriseId, cancellationToken);
        if (e is null)
        {
            return null;
        }

        var profile = new EnterpriseProfileInput
        {
            NameKana = e.NameKana,
            Address = e.Address,
            CapitalYen = e.CapitalYen.ToString(CultureInfo.InvariantCulture),
            Employees = e.Employees.ToString(CultureInfo.InvariantCulture),
            Capabilities = e.Capabilities,
            Certifications = e.Certifications,
            PrText = e.PrText,
            Version = e.Version,
        };
        var colleagues = await db.Users.AsNoTracking()
            .Where(u => u.EnterpriseId == enterpriseId)
            .OrderBy(u => u.CreatedAtUtc)
            .Select(u => new ColleagueItem(u.Email ?? "", u.DisplayName, u.EmailConfirmed))
            .ToListAsync(cancellationToken);
        var invitations = await db.EnterpriseInvitations.AsNoTracking()
            .Where(i => i.EnterpriseId == enterpriseId)
            .OrderByDescending(i => i.CreatedAtUtc)
            .Take(50)
            .Select(i => new InvitationItem(i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .ToListAsync(cancellationToken);
        return new EnterpriseAccountViewModel(
            e.Id, e.NameJa, e.CorporateNumber, e.ScreeningStatus, e.ScreeningNote, profile, await ImagesAsync(enterpriseId, cancellationToken), colleagues, invitations);
    }

    /// <summary>
    /// Saves the profile typed on a form read at <see cref="EnterpriseProfileInput.Version"/>; false, writing nothing,
    /// when someone saved the enterprise since (a colleague's profile edit, the operator's screening decision). The capital
    /// and the number of employees must have passed <see cref="CompanyFigures"/> (the controller's check).
    /// </summary>
    public async Task<bool> UpdateProfileAsync(int enterpriseId, EnterpriseProfileInput input, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.FirstAsync(e => e.Id == enterpriseId, cancellationToken);
        if (enterprise.Version != input.Version)
        {
            return false;
        }

        enterprise.UpdateProfile(
            ProfileText.Clean(input.NameKana), ProfileText.Clean(input.Address), CompanyFigures.Capital(input.CapitalYen), CompanyFigures.Employees(input.Employees),
            ProfileText.Clean(input.Capabilities), ProfileText.Clean(input.Certifications), ProfileText.Clean(input.PrText));
        try
        {
            // The version is a concurrency token: a save between this read and this write refuses the update.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Stores a logo (replacing the previous one) or a photo; returns why it was refused, or null.</summary>
    public async Task<EnterpriseImageProblem?> AddImageAsync(int enterpriseId, EnterpriseImageKind kind, byte[] content, string? caption, CancellationToken cancellationToken)
    {
        caption = ProfileText.Clean(caption);
        if ((EnterpriseImage.Problem(content) ?? EnterpriseImage.CaptionProblem(caption)) is { } problem)
        {
            return problem;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (kind == EnterpriseImageKind.Logo)
        {
            await db.EnterpriseImages.Where(i => i.EnterpriseId == enterpriseId && i.Kind == EnterpriseImageKind.Logo).ExecuteDeleteAsync(cancellationToken);
        }
        else if (await db.EnterpriseImages.CountAsync(i => i.EnterpriseId == enterpriseId && i.Kind == EnterpriseImageKind.Photo, cancellationToken) >= EnterpriseImage.MaxPhotos)
        {
            return EnterpriseImageProblem.TooManyPhotos;
        }

        db.EnterpriseImages.Add(new EnterpriseImage
        {
            EnterpriseId = enterpriseId,
            Kind = kind,
            ContentType = EnterpriseImage.DetectContentType(content)!,
            Content = content,
            Caption = caption,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<bool> DeleteImageAsync(int enterpriseId, int imageId, CancellationToken cancellationToken) =>
        await db.EnterpriseImages.Where(i => i.Id == imageId && i.EnterpriseId == enterpriseId).ExecuteDeleteAsync(cancellationToken) == 1;

    private async Task<IReadOnlyList<EnterpriseImageItem>> ImagesAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await db.EnterpriseImages.AsNoTracking()
            .Where(i => i.EnterpriseId == enterpriseId)
            .OrderBy(i => i.Kind).ThenBy(i => i.Id)
            .Select(i => new EnterpriseImageItem(i.Id, i.Kind, i.Caption, i.Content.Length))
            .ToListAsync(cancellationToken);
}
