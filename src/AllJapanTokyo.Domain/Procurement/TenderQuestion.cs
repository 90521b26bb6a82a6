namespace AllJapanTokyo.Domain.Procurement;

/// <summary>A question an enterprise asks during the enquiry period; the answer is public, the asker is not shown.</summary>
public class TenderQuestion
{
    public const int MaxLength = 2000;

    public int Id { get; set; }

    public int TenderId { get; set; }

    public int EnterpriseId { get; set; }

    public required string QuestionText { get; set; }

    public DateTime AskedAtUtc { get; set; }

    public string? AnswerText { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }

    /// <summary>The reason a question or answer text is refused, or null.</summary>
    public static TenderProblem? TextProblem(string? text, bool answer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return answer ? TenderProblem.AnswerMissing : TenderProblem.QuestionMissing;
        }

        return text.Trim().Length > MaxLength ? TenderProblem.QuestionTextTooLong : null;
    }

    public void Answer(string text, DateTime nowUtc)
    {
        if (TextProblem(text, answer: true) is { } problem)
        {
            throw new TenderRuleException(problem);
        }

        AnswerText = text.Trim();
        AnsweredAtUtc = nowUtc;
    }
}
