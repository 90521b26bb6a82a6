using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace AllJapanTokyo.Web.Startup;

/// <summary>
/// The writer MVC renders a page into: MVC's own flushes its 16,384-character buffer to the response whenever it fills,
/// so a 72 kB dashboard went out as four or five chunks, each a write through Kestrel's pipe and a send of its own. With
/// room for 64 Ki characters (the buffers come from the shared array pools, as MVC's do) nearly every page is one write.
/// </summary>
public sealed class PageResponseWriters : IHttpResponseStreamWriterFactory
{
    public const int BufferCharacters = 64 * 1024;

    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        new HttpResponseStreamWriter(stream, encoding, BufferCharacters, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}
