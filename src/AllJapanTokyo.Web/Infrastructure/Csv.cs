using System.Text;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// CSV as the portal writes it (RFC 4180, CRLF), UTF-8 with a byte-order mark so that Excel in Japan opens it as UTF-8.
/// Text cells that a spreadsheet would run as a formula (=, +, -, @) get an apostrophe first (OWASP CSV injection).
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] ByteOrderMark => Encoding.UTF8.GetPreamble();

    /// <summary>A text cell: formula characters defused, quoted when it holds a comma, quote or line break.</summary>
    public static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return Quoted(value);
    }

    /// <summary>A cell that is already safe (a number, a code): only quoted when it must be.</summary>
    public static string Quoted(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>One record, cells already escaped, with its CRLF.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells) + "\r\n";
}
