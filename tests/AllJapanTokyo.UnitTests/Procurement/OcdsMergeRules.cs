using System.Text.Json.Nodes;
using AllJapanTokyo.Web.Areas.Procurement.Ocds;

namespace AllJapanTokyo.UnitTests.Procurement;

/// <summary>The releases of a contracting process compile by the OCDS 1.1 merge rules.</summary>
public sealed class OcdsMergeRules
{
    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    [Fact]
    public void LaterFieldsReplaceEarlierOnesAndMissingFieldsAreKept()
    {
        var compiled = OcdsMerge.Compile(
        [
            Json("""{"ocid":"ocds-ajtkyo-1","id":"1","date":"2026-04-01T09:00:00+09:00","tag":["tender"],"tender":{"id":"1","title":"旧","status":"active","value":{"amount":100,"currency":"JPY"}}}"""),
            Json("""{"ocid":"ocds-ajtkyo-1","id":"2","date":"2026-04-02T09:00:00+09:00","tag":["tenderAmendment"],"tender":{"id":"1","title":"新","value":{"amount":200}}}"""),
        ]);

        Assert.Equal("新", (string?)compiled["tender"]!["title"]);
        Assert.Equal("active", (string?)compiled["tender"]!["status"]);
        Assert.Equal(200, (int?)compiled["tender"]!["value"]!["amount"]);
        Assert.Equal("JPY", (string?)compiled["tender"]!["value"]!["currency"]);
        Assert.Equal(new[] { "compiled" }, compiled["tag"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("2026-04-02T09:00:00+09:00", (string?)compiled["date"]);
        Assert.Equal("ocds-ajtkyo-1-2026-04-02T09:00:00+09:00", (string?)compiled["id"]);
    }

    [Fact]
    public void ObjectsInArraysMergeByIdAndOtherArraysAreReplacedWhole()
    {
        var compiled = OcdsMerge.Compile(
        [
            Json("""{"ocid":"o","id":"a","date":"2026-04-01T00:00:00Z","parties":[{"id":"org-1","name":"都","roles":["buyer","procuringEntity"]}],"awards":[{"id":"a1","status":"pending"}]}"""),
            Json("""{"ocid":"o","id":"b","date":"2026-04-03T00:00:00Z","parties":[{"id":"ent-2","name":"社","roles":["supplier"]},{"id":"org-1","roles":["buyer"]}],"awards":[{"id":"a1","status":"active"}]}"""),
        ]);

        var parties = compiled["parties"]!.AsArray();
        Assert.Equal(new[] { "org-1", "ent-2" }, parties.Select(p => (string?)p!["id"]));
        Assert.Equal("都", (string?)parties[0]!["name"]);
        // roles has no ids: the later list replaces the earlier one.
        Assert.Equal(new[] { "buyer" }, parties[0]!["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("active", (string?)Assert.Single(compiled["awards"]!.AsArray())!["status"]);
    }

    [Fact]
    public void NullRemovesAFieldAndReleasesAreTakenInDateOrder()
    {
        var compiled = OcdsMerge.Compile(
        [
            Json("""{"ocid":"o","id":"later","date":"2026-05-01T00:00:00Z","tender":{"id":"1","description":null,"title":"後"}}"""),
            Json("""{"ocid":"o","id":"earlier","date":"2026-04-01T00:00:00Z","tender":{"id":"1","description":"説明","title":"先"}}"""),
        ]);

        Assert.Equal("後", (string?)compiled["tender"]!["title"]);
        Assert.False(compiled["tender"]!.AsObject().ContainsKey("description"));
    }

    [Theory]
    [InlineData("ocds-ajtkyo", true)]
    [InlineData("ocds-a1b2c3", true)]
    [InlineData("ocds-ajtokyo", false)]
    [InlineData("ocds-AJTKYO", false)]
    [InlineData("ocds-ajtky", false)]
    [InlineData("ajtkyo", false)]
    [InlineData("", false)]
    public void AnOcidPrefixIsOcdsAndSixCharacters(string prefix, bool valid)
    {
        Assert.Equal(valid, OcdsReleaseBuilder.IsValidOcidPrefix(prefix));
        var result = new OcdsOptionsValidation().Validate(null, new OcdsOptions { OcidPrefix = prefix });
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains($"\"{prefix}\"", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("six lower-case letters or digits", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("株式会社東京ビッグサイト 調達担当（デモ） 03-0000-0000", "株式会社東京ビッグサイト 調達担当（デモ）", "03-0000-0000", null)]
    [InlineData("調達担当（架空）", "調達担当（架空）", null, null)]
    [InlineData("産業労働局 商工部　電話：03-5320-4785　chotatsu@example.jp", "産業労働局 商工部 電話", "03-5320-4785", "chotatsu@example.jp")]
    [InlineData("0120-123-456", null, "0120-123-456", null)]
    public void TheContactPointPutsTheTelephoneAndEmailInTheirOwnFields(string contact, string? name, string? telephone, string? email)
    {
        var point = OcdsReleaseBuilder.ContactPoint(contact)!;

        Assert.Equal(name, point.Name);
        Assert.Equal(telephone, point.Telephone);
        Assert.Equal(email, point.Email);
    }
}
