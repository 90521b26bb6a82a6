using System.Diagnostics;
using System.Globalization;

namespace AllJapanTokyo.Bench;

/// <summary>nginx in front of two instances: round robin, an instance that refuses connections is skipped.</summary>
internal sealed class Nginx : IDisposable
{
    private readonly Process _process;

    private Nginx(Process process) => _process = process;

    public sealed record Line(DateTimeOffset At, int Status, string Upstream);

    public static Nginx Start(string root, int port, int first, int second)
    {
        using (var probe = new System.Net.Sockets.TcpClient())
        {
            try
            {
                probe.Connect("127.0.0.1", port);
                throw new InvalidOperationException($"Port {port} is taken (an nginx of an earlier run?); free it first.");
            }
            catch (System.Net.Sockets.SocketException)
            {
                // Nothing listens: the port is ours.
            }
        }

        var conf = Path.Combine(root, "nginx.conf");
        File.WriteAllText(conf, $$"""
            daemon off;
            worker_processes 1;
            pid {{root}}/nginx.pid;
            error_log {{root}}/nginx-error.log warn;
            events { worker_connections 1024; }
            http {
                log_format drill '$msec $status $upstream_addr';
                access_log {{root}}/nginx-access.log drill;
                upstream portal {
                    server 127.0.0.1:{{first}} max_fails=1 fail_timeout=5s;
                    server 127.0.0.1:{{second}} max_fails=1 fail_timeout=5s;
                    keepalive 32;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://portal;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $remote_addr;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_next_upstream error timeout http_502 non_idempotent;
                        proxy_connect_timeout 1s;
                    }
                }
            }
            """);
        var process = Process.Start(new ProcessStartInfo("nginx", $"-c {conf} -p {root}") { RedirectStandardError = true })!;
        Thread.Sleep(500);
        return process.HasExited ? throw new InvalidOperationException("nginx did not start: " + process.StandardError.ReadToEnd()) : new Nginx(process);
    }

    public static void ClearLog(string root) => File.WriteAllText(Path.Combine(root, "nginx-access.log"), "");

    public static List<Line> ReadLog(string root) =>
        File.ReadAllLines(Path.Combine(root, "nginx-access.log"))
            .Select(l => l.Split(' ', 3))
            .Where(p => p.Length == 3)
            .Select(p => new Line(
                DateTimeOffset.FromUnixTimeMilliseconds((long)(double.Parse(p[0], CultureInfo.InvariantCulture) * 1000)),
                int.TryParse(p[1], CultureInfo.InvariantCulture, out var status) ? status : 0,
                p[2]))
            .ToList();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // The workers too: killing the master alone leaves them holding the port.
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}

/// <summary>A wrk run: 2 threads, 16 connections, its totals read from wrk's report.</summary>
internal static class Wrk
{
    public sealed record Result(long Requests, double RequestsPerSecond, long Errors);

    public static async Task<Result> StartAsync(string url, int seconds)
    {
        using var process = Process.Start(new ProcessStartInfo("wrk", $"-t2 -c16 -d{seconds}s --timeout 5s {url}") { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        long requests = 0, errors = 0;
        double rps = 0;
        foreach (var line in output.Split('\n').Select(l => l.Trim()))
        {
            if (line.Contains(" requests in ", StringComparison.Ordinal))
            {
                requests = long.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Requests/sec:", StringComparison.Ordinal))
            {
                rps = double.Parse(line.Split(':')[1].Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Non-2xx or 3xx responses:", StringComparison.Ordinal))
            {
                errors += long.Parse(line.Split(':')[1].Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Socket errors:", StringComparison.Ordinal))
            {
                errors += line.Split(',').Select(part => part.Trim().Split(' ').Last()).Sum(n => long.Parse(n, CultureInfo.InvariantCulture));
            }
        }

        return new Result(requests, rps, errors);
    }
}
