using AllJapanTokyo.Bench;

// Benchmarks of the real code; bench/README.md gives each command and its figures. Usage:
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- volume-load [runs]
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- reporting …
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- bid-submission <base-url> <password> [seconds]
// Page throughput (requests per second, p99) is measured with wrk by bench/wrk/measure.sh.
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
        await BidSubmissionBenchmark.RunAsync(args[1], args[2], bidders: 8, TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20));
        break;
    default:
        Console.WriteLine("usage: AllJapanTokyo.Bench volume-load [runs] | reporting … | bid-submission <base-url> <password> [seconds]");
        Environment.ExitCode = command == "help" ? 0 : 2;
        break;
}

