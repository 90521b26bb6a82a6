using System.Security.Cryptography;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// An enterprise's public PR page (approved enterprises only) and its company account: the profile, the logo and
/// photos (checked by content, size-limited, stored in the database) and colleague invitations (issue 5, item 1).
/// </summary>
public sealed class EnterpriseProfileService(AppDbContext db, IEmailSender email, TimeProvider clock, ILogger<EnterpriseProfileService> logger)
{
    /// <summary>The PR page, or null when the enterprise does not exist or is not approved (pending, rejected, suspended).</summary>
    public async Task<EnterprisePageViewModel?> PublicPageAsync(int id, CancellationToken cancellationToken)
    {
        var page = await (
                from e in db.Enterprises.AsNoTracking()
                where e.Id == id && e.ScreeningStatus == ScreeningStatus.Approved
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                select new EnterprisePageViewModel(
                    e.Id, e.NameJa, e.NameKana, e.CorporateNumber, p.Name.Ja, p.Name.En, e.Address, e.JsicMajorGroup, e.CapitalYen,
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
                && (viewerMaySeeUnpublished || db.Enterprises.Any(e => e.Id == enterpriseId && e.ScreeningStatus == ScreeningStatus.Approved)))
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
            CapitalYen = e.CapitalYen,
            Employees = e.Employees,
            Capabilities = e.Capabilities,
            Certifications = e.Certifications,
            PrText = e.PrText,
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

    public async Task UpdateProfileAsync(int enterpriseId, EnterpriseProfileInput input, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.FirstAsync(e => e.Id == enterpriseId, cancellationToken);
        enterprise.NameKana = Clean(input.NameKana);
        enterprise.Address = Clean(input.Address);
        enterprise.CapitalYen = input.CapitalYen!.Value;
        enterprise.Employees = input.Employees!.Value;
        enterprise.Capabilities = Clean(input.Capabilities);
        enterprise.Certifications = Clean(input.Certifications);
        enterprise.PrText = Clean(input.PrText);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stores a logo (replacing the previous one) or a photo; returns the Japanese / English problem, or null.</summary>
    public async Task<string?> AddImageAsync(int enterpriseId, EnterpriseImageKind kind, byte[] content, string? caption, CancellationToken cancellationToken)
    {
        if (EnterpriseImage.Problem(content) is { } problem)
        {
            return problem;
        }

        caption = Clean(caption);
        if (caption is { Length: > EnterpriseImage.MaxCaptionLength })
        {
            return $"説明は{EnterpriseImage.MaxCaptionLength}文字以内で入力してください。 / The caption is at most {EnterpriseImage.MaxCaptionLength} characters.";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (kind == EnterpriseImageKind.Logo)
        {
            await db.EnterpriseImages.Where(i => i.EnterpriseId == enterpriseId && i.Kind == EnterpriseImageKind.Logo).ExecuteDeleteAsync(cancellationToken);
        }
        else if (await db.EnterpriseImages.CountAsync(i => i.EnterpriseId == enterpriseId && i.Kind == EnterpriseImageKind.Photo, cancellationToken) >= EnterpriseImage.MaxPhotos)
        {
            return $"写真は{EnterpriseImage.MaxPhotos}枚まで登録できます。不要な写真を削除してください。 / Up to {EnterpriseImage.MaxPhotos} photos.";
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

    /// <summary>
    /// Invites a colleague: stores the invitation (only the hash of its one-time token) and e-mails the link.
    /// Returns the Japanese / English problem, or null.
    /// </summary>
    public async Task<string?> InviteAsync(int enterpriseId, string invitedByUserId, string? address, string acceptUrlBase, CancellationToken cancellationToken)
    {
        address = address?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(address))
        {
            return "招待する方のメールアドレスを正しく入力してください。 / Enter a valid e-mail address.";
        }

        var normalized = address.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return "このメールアドレスは既にポータルに登録されています。 / This e-mail address already has an account.";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.EnterpriseInvitations.CountAsync(i => i.EnterpriseId == enterpriseId && i.CreatedAtUtc > now.AddDays(-1), cancellationToken) >= 20)
        {
            return "招待は1日20件までです。 / Up to 20 invitations a day.";
        }

        var enterpriseName = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.NameJa).FirstAsync(cancellationToken);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.EnterpriseInvitations.Add(new EnterpriseInvitation
        {
            EnterpriseId = enterpriseId,
            Email = address,
            TokenHash = HashToken(token),
            InvitedByUserId = invitedByUserId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + EnterpriseInvitation.ValidFor,
        });
        await db.SaveChangesAsync(cancellationToken);
        var link = $"{acceptUrlBase}?token={token}";
        await email.SendAsync(new EmailMessage(
            address,
            $"【ALL JAPAN & TOKYO】{enterpriseName} の企業アカウントへの招待 / Invitation to a company account",
            $"""
            {enterpriseName} の企業アカウント（ビジネスチャンス・ナビ）に招待されました。
            次のリンクを開き、お名前とパスワードを設定してください（{EnterpriseInvitation.ValidFor.TotalDays:0}日間有効・1回限り）。

            {link}

            お心当たりのない場合は、このメールを破棄してください。

            You are invited to the company account of {enterpriseName}. Open the link above to set your name and password (valid once, for {EnterpriseInvitation.ValidFor.TotalDays:0} days).
            """), cancellationToken);
        logger.LogInformation("Enterprise {EnterpriseId} invited a colleague", enterpriseId);
        return null;
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private async Task<IReadOnlyList<EnterpriseImageItem>> ImagesAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await db.EnterpriseImages.AsNoTracking()
            .Where(i => i.EnterpriseId == enterpriseId)
            .OrderBy(i => i.Kind).ThenBy(i => i.Id)
            .Select(i => new EnterpriseImageItem(i.Id, i.Kind, i.Caption, i.Content.Length))
            .ToListAsync(cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
