namespace AllJapanTokyo.Domain.Textiles;

/// <summary>Where a designer's request stands in the coordinator's pipeline.</summary>
public enum RequestStage
{
    Received,
    Introduced,
    Met,
    Sample,
    Ordered,
    Closed,
}

/// <summary>A region's answer to an introduction.</summary>
public enum IntroductionAnswer
{
    None,
    Interested,
    NotNow,
}

/// <summary>Why a request, a step of it or a message is refused; the web layer words it.</summary>
public enum RequestProblem
{
    Required,
    TooLong,
    NotANumber,
    BudgetRange,

    /// <summary>The step does not follow from where the request stands.</summary>
    WrongStage,

    NoRegion,
    AlreadyIntroduced,
    ReasonMissing,

    /// <summary>Messages open with the introduction.</summary>
    NotIntroduced,

    /// <summary>A closed (or ordered) request takes no more messages.</summary>
    RequestClosed,

    AttachmentTooLarge,

    /// <summary>Attachments are images (PNG, JPEG, GIF, WebP) or PDF, by content.</summary>
    AttachmentNotAllowed,
}

/// <summary>
/// A designer's request for a material or technique, worked through by the coordinator: received → introduced (to one
/// or more regions) → met → sample → order, or closed with a reason at any step before. The steps are the rules here, in
/// one place; the timestamps say when each step was taken, for the measure's yearly counts.
/// </summary>
public class DesignRequest
{
    public const int TextMaxLength = 1000;
    public const int ShortTextMaxLength = 200;

    public int Id { get; set; }

    public int DesignerId { get; set; }

    public required string MaterialJa { get; set; }

    public required string TechniqueJa { get; set; }

    /// <summary>The quantity with its unit, as the designer writes it (「300m」「50着」).</summary>
    public required string QuantityJa { get; set; }

    /// <summary>When the designer needs it (「2027年春夏コレクション」).</summary>
    public required string TimingJa { get; set; }

    public long? BudgetMinYen { get; set; }

    public long? BudgetMaxYen { get; set; }

    public required string PurposeJa { get; set; }

    public RequestStage Stage { get; set; }

    public string? CloseReasonJa { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public DateTime? MetAtUtc { get; set; }

    public DateTime? SampleAtUtc { get; set; }

    public DateTime? OrderedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>A demonstration request (架空).</summary>
    public bool IsSynthetic { get; set; }

    public List<RegionIntroduction> Introductions { get; set; } = [];

    public List<RequestMessage> Messages { get; set; } = [];

    /// <summary>Ordered or closed: the pipeline has ended and the conversation with it.</summary>
    public bool HasEnded => Stage is RequestStage.Ordered or RequestStage.Closed;

    public bool IsIntroducedTo(int regionId) => Introductions.Any(i => i.RegionId == regionId);

    /// <summary>Introduces the request to regions not yet introduced, while it is received or introduced.</summary>
    public RequestProblem? Introduce(IReadOnlyCollection<int> regionIds, DateTime now)
    {
        if (Stage is not (RequestStage.Received or RequestStage.Introduced))
        {
            return RequestProblem.WrongStage;
        }

        if (regionIds.Count == 0)
        {
            return RequestProblem.NoRegion;
        }

        if (regionIds.All(IsIntroducedTo))
        {
            return RequestProblem.AlreadyIntroduced;
        }

        foreach (var regionId in regionIds.Distinct().Where(r => !IsIntroducedTo(r)))
        {
            Introductions.Add(new RegionIntroduction { RegionId = regionId, IntroducedAtUtc = now });
        }

        Stage = RequestStage.Introduced;
        return null;
    }

    /// <summary>Takes the next step of the pipeline: met (after an introduction), sample (after meeting), order (after a sample).</summary>
    public RequestProblem? Advance(RequestStage to, DateTime now)
    {
        var from = to switch
        {
            RequestStage.Met => RequestStage.Introduced,
            RequestStage.Sample => RequestStage.Met,
            RequestStage.Ordered => RequestStage.Sample,
            _ => (RequestStage?)null,
        };
        if (from is null || Stage != from)
        {
            return RequestProblem.WrongStage;
        }

        Stage = to;
        switch (to)
        {
            case RequestStage.Met:
                MetAtUtc = now;
                break;
            case RequestStage.Sample:
                SampleAtUtc = now;
                break;
            default:
                OrderedAtUtc = now;
                break;
        }

        return null;
    }

    /// <summary>Closes the request with a reason, at any step before it ended.</summary>
    public RequestProblem? Close(string? reasonJa, DateTime now)
    {
        if (HasEnded)
        {
            return RequestProblem.WrongStage;
        }

        var reason = reasonJa?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return RequestProblem.ReasonMissing;
        }

        if (reason.Length > TextMaxLength)
        {
            return RequestProblem.TooLong;
        }

        Stage = RequestStage.Closed;
        CloseReasonJa = reason;
        ClosedAtUtc = now;
        return null;
    }

    /// <summary>Whether a message may be written between the designer and a region: after its introduction, before the end.</summary>
    public RequestProblem? MayTalkWith(int regionId) =>
        !IsIntroducedTo(regionId) ? RequestProblem.NotIntroduced
        : HasEnded ? RequestProblem.RequestClosed
        : null;
}

/// <summary>The coordinator's introduction of a request to a production region, with the region's answer.</summary>
public class RegionIntroduction
{
    public int Id { get; set; }

    public int RequestId { get; set; }

    public int RegionId { get; set; }

    public DateTime IntroducedAtUtc { get; set; }

    public IntroductionAnswer Answer { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }
}

/// <summary>Who wrote a message of a request.</summary>
public enum MessageSide
{
    Designer,
    Region,
    Coordinator,
}

/// <summary>
/// A message between the designer and one introduced region, inside the request (one conversation per region); the
/// portal stays in the middle, so no address needs to be exchanged.
/// </summary>
public class RequestMessage
{
    public const int BodyMaxLength = 4000;

    /// <summary>Attachments up to 5 MB, like the portfolio images.</summary>
    public const int AttachmentMaxBytes = 5 * 1024 * 1024;

    public const int FileNameMaxLength = 200;

    public int Id { get; set; }

    public int RequestId { get; set; }

    /// <summary>The region of the conversation.</summary>
    public int RegionId { get; set; }

    public required string AuthorUserId { get; set; }

    public MessageSide Side { get; set; }

    public required string Body { get; set; }

    public DateTime SentAtUtc { get; set; }

    public byte[]? Attachment { get; set; }

    public string? AttachmentContentType { get; set; }

    public string? AttachmentFileName { get; set; }

    /// <summary>The attachment's type by its content (an image type or PDF), or null when it is neither.</summary>
    public static string? DetectAttachmentType(ReadOnlySpan<byte> content) =>
        Enterprises.EnterpriseImage.DetectContentType(content)
        ?? (content.StartsWith("%PDF-"u8) ? "application/pdf" : null);

    /// <summary>Why a message is refused (its body and attachment), or null.</summary>
    public static RequestProblem? Problem(string? body, ReadOnlySpan<byte> attachment, bool hasAttachment)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return RequestProblem.Required;
        }

        if (body.Trim().Length > BodyMaxLength)
        {
            return RequestProblem.TooLong;
        }

        if (!hasAttachment)
        {
            return null;
        }

        return attachment.Length > AttachmentMaxBytes ? RequestProblem.AttachmentTooLarge
            : DetectAttachmentType(attachment) is null ? RequestProblem.AttachmentNotAllowed
            : null;
    }
}
