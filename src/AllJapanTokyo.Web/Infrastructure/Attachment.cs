using Microsoft.Net.Http.Headers;

namespace AllJapanTokyo.Web.Infrastructure;

public static class Attachment
{
    /// <summary>
    /// Marks the response as a download with a Japanese file name by RFC 6266/5987 (filename*) and an ASCII name
    /// for clients that do not read filename*.
    /// </summary>
    public static void SetAttachment(this HttpResponse response, string asciiFileName, string fileName) =>
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = asciiFileName,
            FileNameStar = fileName,
        }.ToString();
}
