using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Controllers;

/// <summary>Friendly error pages in the reader's language; the exception itself goes only to the log.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllLanguages]
[Account.AllowedBeforeMfaEnrolment]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status()
    {
        // No parameters, so MVC binds nothing: a re-executed POST keeps its body, and reading a malformed form to bind
        // even a route value would turn the original 400 into a 500.
        var statusCode = int.TryParse(RouteData.Values["statusCode"] as string, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        if (statusCode == StatusCodes.Status500InternalServerError && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled exception on {Path}", failure.Path);
        }

        // Re-executed requests keep their original status; a direct visit to /error/404 answers 404 too.
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status500InternalServerError;
        return View("~/Views/Error/Status.cshtml", Response.StatusCode);
    }
}
