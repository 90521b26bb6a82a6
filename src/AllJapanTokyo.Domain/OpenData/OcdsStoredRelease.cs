namespace AllJapanTokyo.Domain.OpenData;

/// <summary>
/// One OCDS release of a tender, stored when its event happened (published, amended, enquiries answered, cancelled,
/// unsuccessful, awarded, contract recorded, completed) and never changed afterwards: the tender's history as it was
/// told. <see cref="Json"/> is the release as written at the time, without its ocid (the prefix is a setting, put in
/// front when the release is served).
/// </summary>
public class OcdsStoredRelease
{
    public const int MaxReleaseIdLength = 120;

    public const int MaxTagsLength = 100;

    public long Id { get; set; }

    public int TenderId { get; set; }

    /// <summary>1, 2, 3 … within the tender, in the order the events happened; unique with <see cref="TenderId"/>.</summary>
    public int Sequence { get; set; }

    /// <summary>The release id, unique within the tender's ocid.</summary>
    public required string ReleaseId { get; set; }

    public DateTime DateUtc { get; set; }

    /// <summary>The release tags, joined by commas ("award,contract").</summary>
    public required string Tags { get; set; }

    /// <summary>The release as JSON, its "ocid" left empty.</summary>
    public required string Json { get; set; }

    public bool IsSynthetic { get; set; }
}
