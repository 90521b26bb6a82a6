using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// A browser-like HTTP client: keeps cookies, reads the antiforgery token from the page's form, and posts forms
/// as a person would. No test bypasses antiforgery or authentication.
/// </summary>
public sealed class PortalClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>A client of <paramref name="factory"/>, on https://localhost unless <paramref name="address"/> names another host.</summary>
    public static PortalClient For(PortalFactory factory, Uri? address = null) =>
        new(address is null ? factory.CreateClient() : factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = address, AllowAutoRedirect = false }));

    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string email, string password = PortalFactory.DemoPassword, Uri? address = null)
    {
        var client = For(factory, address);
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, Parser.ParseDocument(html));
    }

    /// <summary>Opens <paramref name="formPageUrl"/>, takes the antiforgery token of its form, and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (page, document) = await GetPageAsync(formPageUrl);
        if (!page.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {formPageUrl} answered {(int)page.StatusCode}; cannot read its form.");
        }

        var token = AntiforgeryToken(document, action);
        var body = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)).ToList();
        return await Http.PostAsync(action, new FormUrlEncodedContent(body));
    }

    /// <summary>The value of a hidden field (a version token) of the form posting to <paramref name="action"/> on the page.</summary>
    public static string HiddenValue(IHtmlDocument document, string action, string name) =>
        document.QuerySelectorAll("form").First(f => string.Equals(f.GetAttribute("action"), action, StringComparison.OrdinalIgnoreCase))
            .QuerySelector($"input[type=hidden][name='{name}']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"The form posting to {action} has no hidden field {name}.");

    /// <summary>Posts without any antiforgery token, to prove the portal refuses it.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(action, new FormUrlEncodedContent(fields));

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static string AntiforgeryToken(IHtmlDocument document, string? action = null)
    {
        var forms = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().ToList();
        var form = forms.FirstOrDefault(f => action is not null && string.Equals(f.GetAttribute("action"), action, StringComparison.OrdinalIgnoreCase))
            ?? forms.FirstOrDefault(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null)
            ?? throw new InvalidOperationException("The page has no form with an antiforgery token.");
        return form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The form has no antiforgery token.");
    }
}
