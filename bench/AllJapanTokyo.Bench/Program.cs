using AllJapanTokyo.Bench;

// Benchmarks of the real code; bench/README.md gives each command and its figures. Usage:
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- volume-load [runs]
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- reporting …
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- bid-submission [seconds]
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- meetings [requests-per-page]
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- serve <folder> <port> [--keep-data]
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- signed-in-sessions <folder> <base-url>   (bench/wrk/signed-in.sh)
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- two-instances [kill-run-seconds]   (deploy/two-instances.sh)
// Page throughput (requests per second, p99) is measured with wrk by bench/wrk/measure.sh, which serves the portal with
// `serve`. Every command that drives the portal over HTTP starts it through BenchPortal, the one bench configuration.
var command = args.FirstOrDefault() ?? "help";
switch (command)
{
    case "volume-load":
        await VolumeLoadBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        break;
    case "reporting":
        await ReportingBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "bid-submission":
        await BidSubmissionBenchmark.RunAsync(bidders: 8, TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20));
        break;
    case "meetings":
        await MeetingsBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "two-instances":
        await TwoInstancesDrill.RunAsync(args.Skip(1).ToArray());
        break;
    case "signed-in-sessions":
        await SignedInSessions.RunAsync(args[1], new Uri(args[2]));
        break;
    case "serve":
        await BenchPortal.ServeAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), keepData: args.Contains("--keep-data"));
        break;
    default:
        Console.WriteLine("usage: AllJapanTokyo.Bench volume-load [runs] | reporting … | bid-submission [seconds] | meetings [requests-per-page] | serve <folder> <port> [--keep-data] | signed-in-sessions <folder> <base-url> | two-instances [seconds]");
        Environment.ExitCode = command == "help" ? 0 : 2;
        break;
}

