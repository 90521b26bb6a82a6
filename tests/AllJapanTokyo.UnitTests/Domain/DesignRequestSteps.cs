using AllJapanTokyo.Domain.Textiles;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>The pipeline of a designer's request: its steps in order, the close with a reason, and when messages may be written.</summary>
public sealed class DesignRequestSteps
{
    private static readonly DateTime Now = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static DesignRequest NewRequest() => new()
    {
        MaterialJa = "リネン", TechniqueJa = "先染め", QuantityJa = "100m", TimingJa = "来春", PurposeJa = "試作",
    };

    [Fact]
    public void TheStepsFollowEachOtherFromReceivedToOrder()
    {
        var request = NewRequest();
        Assert.Equal(RequestProblem.WrongStage, request.Advance(RequestStage.Met, Now));
        Assert.Equal(RequestProblem.NoRegion, request.Introduce([], Now));
        Assert.Null(request.Introduce([1, 2], Now));
        Assert.Equal(RequestProblem.AlreadyIntroduced, request.Introduce([2], Now));
        Assert.Null(request.Introduce([2, 3], Now));
        Assert.Equal([1, 2, 3], request.Introductions.Select(i => i.RegionId));
        Assert.Equal(RequestProblem.WrongStage, request.Advance(RequestStage.Sample, Now));
        Assert.Null(request.Advance(RequestStage.Met, Now));
        Assert.Equal(RequestProblem.WrongStage, request.Introduce([4], Now));
        Assert.Null(request.Advance(RequestStage.Sample, Now));
        Assert.Null(request.Advance(RequestStage.Ordered, Now));
        Assert.Equal((RequestStage.Ordered, Now), (request.Stage, request.OrderedAtUtc!.Value));
        Assert.Equal(RequestProblem.WrongStage, request.Close("遅すぎる終了", Now));
        Assert.Equal(RequestProblem.WrongStage, request.Advance(RequestStage.Closed, Now));
    }

    [Fact]
    public void ARequestClosesOnlyWithAReasonAndThenTakesNoStepNorMessage()
    {
        var request = NewRequest();
        request.Introduce([1], Now);
        Assert.Null(request.MayTalkWith(1));
        Assert.Equal(RequestProblem.NotIntroduced, request.MayTalkWith(2));
        Assert.Equal(RequestProblem.ReasonMissing, request.Close("  ", Now));
        Assert.Null(request.Close("予算が合わない", Now));
        Assert.Equal((RequestStage.Closed, "予算が合わない"), (request.Stage, request.CloseReasonJa));
        Assert.Equal(RequestProblem.RequestClosed, request.MayTalkWith(1));
        Assert.Equal(RequestProblem.WrongStage, request.Advance(RequestStage.Met, Now));
    }

    [Theory]
    [InlineData("", false, RequestProblem.Required)]
    [InlineData("本文", true, RequestProblem.AttachmentNotAllowed)]
    public void AMessageNeedsABodyAndAnImageOrPdfAttachment(string body, bool withText, RequestProblem expected)
    {
        byte[] attachment = withText ? "just text"u8.ToArray() : [];
        Assert.Equal(expected, RequestMessage.Problem(body, attachment, withText));
    }

    [Fact]
    public void PdfAndImagesAreAttachableByTheirContent()
    {
        Assert.Equal("application/pdf", RequestMessage.DetectAttachmentType("%PDF-1.7\n"u8));
        Assert.Equal("image/png", RequestMessage.DetectAttachmentType([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Null(RequestMessage.Problem("本文", "%PDF-1.7\n"u8, hasAttachment: true));
        Assert.Equal(RequestProblem.AttachmentTooLarge, RequestMessage.Problem("本文", new byte[RequestMessage.AttachmentMaxBytes + 1], hasAttachment: true));
    }
}
