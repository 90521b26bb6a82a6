using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace AllJapanTokyo.Web.Startup;

/// <summary>
/// The console log, written a batch at a time by Serilog's own batching (at most a tenth of a second late) instead of
/// line by line under the console sink's lock with a flush per line: in the search mix's trace that lock and flush were
/// the largest single cost after the other cuts (bench/README.md, branch `searchspeed`), every request waiting its turn
/// to write its one line. Same output template as before; events still queued are written when the logger is disposed.
/// </summary>
public sealed class BatchedConsoleSink(string outputTemplate) : IBatchedLogEventSink
{
    /// <summary>The console's format: time, level, message with its properties.</summary>
    public const string DefaultTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    private readonly MessageTemplateTextFormatter _formatter = new(outputTemplate, System.Globalization.CultureInfo.InvariantCulture);

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var logEvent in batch)
        {
            _formatter.Format(logEvent, text);
        }

        var output = Console.Out;
        await output.WriteAsync(text.ToString());
        await output.FlushAsync();
    }
}
