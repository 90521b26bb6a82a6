using AllJapanTokyo.Bench;

// Benchmarks that need the real code but no web server. Usage:
//   dotnet run -c Release --project bench/AllJapanTokyo.Bench -- volume-load [runs]
// HTTP figures (requests per second, p99) are measured with wrk by the scripts beside this project.
var command = args.FirstOrDefault() ?? "help";
switch (command)
{
    case "volume-load":
        await VolumeLoadBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        break;
    case "bid-submission":
        await BidSubmissionBenchmark.RunAsync(args[1], args[2], bidders: 8, TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20));
        break;
    default:
        Console.WriteLine("usage: AllJapanTokyo.Bench volume-load [runs]");
        Environment.ExitCode = command == "help" ? 0 : 2;
        break;
}

