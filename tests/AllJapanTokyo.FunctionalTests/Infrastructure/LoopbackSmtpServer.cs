using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// Just enough SMTP on loopback for the portal's MailKit sender: greets, accepts every command and keeps each message
/// it was given — or, while <see cref="Refusing"/>, answers every connection with 421 (service not available) and
/// closes it, as a mail server does during an outage. Serves any number of clients at once. The unit tests compile
/// this same file.
/// </summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly Channel<string> _transcripts = Channel.CreateUnbounded<string>();
    private int _connections;
    private volatile bool _refusing;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>While true, every new connection is refused with 421; switch it off to let mail through.</summary>
    public bool Refusing
    {
        get => _refusing;
        set => _refusing = value;
    }

    /// <summary>Every connection so far, refused or served.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The messages accepted so far (what the client sent between DATA and the final dot), in arrival order.</summary>
    public IReadOnlyList<string> Messages => [.. _messages];

    /// <summary>The next finished session's transcript: every line the client sent.</summary>
    public async Task<string> TranscriptAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _transcripts.Reader.ReadAsync(timeout.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.UTF8);
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
                if (Refusing)
                {
                    await writer.WriteLineAsync("421 4.3.2 Service not available, closing transmission channel");
                    return;
                }

                var transcript = new StringBuilder();
                var message = new StringBuilder();
                var inData = false;
                await writer.WriteLineAsync("220 localhost test SMTP");
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    transcript.AppendLine(line);
                    if (inData)
                    {
                        if (line == ".")
                        {
                            inData = false;
                            _messages.Enqueue(message.ToString());
                            message.Clear();
                            await writer.WriteLineAsync("250 2.0.0 queued");
                        }
                        else
                        {
                            message.AppendLine(line);
                        }

                        continue;
                    }

                    switch (line.Split(' ')[0].ToUpperInvariant())
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-localhost");
                            await writer.WriteLineAsync("250 8BITMIME");
                            break;
                        case "DATA":
                            inData = true;
                            await writer.WriteLineAsync("354 end with .");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 bye");
                            _transcripts.Writer.TryWrite(transcript.ToString());
                            return;
                        default:
                            await writer.WriteLineAsync("250 ok");
                            break;
                    }
                }

                _transcripts.Writer.TryWrite(transcript.ToString());
            }
            catch (Exception error) when (error is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The client went away or the server stops: nothing to keep.
            }
        }
    }
}
