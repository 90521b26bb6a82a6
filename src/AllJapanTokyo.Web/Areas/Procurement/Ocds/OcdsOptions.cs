using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement.Ocds;

/// <summary>
/// Procurement:Ocds. The ocid prefix is checked when the portal starts: a prefix of another form would publish
/// identifiers that no OCDS tool can attribute, so the portal refuses to start with it.
/// </summary>
public sealed class OcdsOptions
{
    /// <summary>"ocds-" and six lower-case letters or digits, as registered with the Open Contracting Partnership.</summary>
    public string OcidPrefix { get; set; } = OcdsReleaseBuilder.DefaultOcidPrefix;

    public static string PrefixProblem(string? prefix) =>
        $"Procurement:Ocds:OcidPrefix \"{prefix}\" is not an OCDS prefix: it must be \"ocds-\" followed by six lower-case letters or digits "
        + "(e.g. \"ocds-ajtkyo\"), the prefix registered with the Open Contracting Partnership "
        + "(https://standard.open-contracting.org/latest/en/schema/identifiers/).";
}

/// <summary>Refuses a malformed ocid prefix at start-up, saying which value and what form is expected.</summary>
public sealed class OcdsOptionsValidation : IValidateOptions<OcdsOptions>
{
    public ValidateOptionsResult Validate(string? name, OcdsOptions options) =>
        OcdsReleaseBuilder.IsValidOcidPrefix(options.OcidPrefix)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(OcdsOptions.PrefixProblem(options.OcidPrefix));
}
