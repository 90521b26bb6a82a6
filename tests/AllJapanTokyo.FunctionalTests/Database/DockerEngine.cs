using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>
/// Finds a Docker engine that answers, with a short timeout per place, so that container tests skip at once
/// (saying where they looked) instead of hanging where there is none. Looks where the Docker CLI and
/// Testcontainers look: DOCKER_HOST, docker.host in ~/.testcontainers.properties, the system socket,
/// the rootless and Docker Desktop sockets.
/// </summary>
internal static class DockerEngine
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>The endpoint of an engine that answered /_ping, or null and what was tried.</summary>
    public static async Task<(Uri? Endpoint, string Tried)> FindAsync()
    {
        var tried = new List<string>();
        foreach (var (candidate, source) in Candidates())
        {
            var outcome = await PingAsync(candidate);
            if (outcome is null)
            {
                return (candidate, string.Join("; ", tried));
            }

            tried.Add($"{source} {candidate}: {outcome}");
        }

        return (null, string.Join("; ", tried));
    }

    private static IEnumerable<(Uri Endpoint, string Source)> Candidates()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var list = new List<(string, string)>();
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } dockerHost)
        {
            list.Add((dockerHost, "DOCKER_HOST"));
        }

        var properties = Path.Combine(home, ".testcontainers.properties");
        if (File.Exists(properties))
        {
            foreach (var line in File.ReadLines(properties))
            {
                if (line.Trim().StartsWith("docker.host=", StringComparison.Ordinal))
                {
                    list.Add((line.Trim()["docker.host=".Length..], "~/.testcontainers.properties"));
                }
            }
        }

        list.Add(("unix:///var/run/docker.sock", "system socket"));
        if (Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtimeDir)
        {
            list.Add(($"unix://{runtimeDir}/docker.sock", "rootless socket"));
        }

        list.Add(($"unix://{home}/.docker/run/docker.sock", "Docker Desktop socket"));
        list.Add(($"unix://{home}/.docker/desktop/docker.sock", "Docker Desktop socket"));

        foreach (var (text, source) in list)
        {
            var uri = Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) ? parsed : new Uri("invalid:" + Uri.EscapeDataString(text));
            if (seen.Add(uri.ToString()))
            {
                yield return (uri, source);
            }
        }
    }

    /// <summary>Null when the engine answered; otherwise why not.</summary>
    private static async Task<string?> PingAsync(Uri endpoint)
    {
        EndPoint? target = endpoint.Scheme switch
        {
            "unix" => Path.Exists(endpoint.LocalPath) && !Directory.Exists(endpoint.LocalPath) ? new UnixDomainSocketEndPoint(endpoint.LocalPath) : null,
            "tcp" or "http" or "https" => new DnsEndPoint(endpoint.Host, endpoint.Port > 0 ? endpoint.Port : 2375),
            _ => null,
        };
        if (target is null)
        {
            return endpoint.Scheme == "unix" ? "no such socket" : $"scheme '{endpoint.Scheme}' not probed";
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var socket = target is UnixDomainSocketEndPoint
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(target, timeout.Token);

            // A TLS-protected TCP engine will not speak plain HTTP; that it accepts the connection is enough.
            if (target is not UnixDomainSocketEndPoint && (endpoint.Scheme == "https" || Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is { Length: > 0 }))
            {
                return null;
            }

            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), SocketFlags.None, timeout.Token);
            var buffer = new byte[256];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 200 ", StringComparison.Ordinal)
                ? null
                : $"answered '{answer.Split('\n')[0].Trim()}'";
        }
        catch (OperationCanceledException)
        {
            return $"no answer within {Timeout.TotalSeconds:0} s";
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode.ToString();
        }
    }
}
