using WuToolkit.Bench;
using WuToolkit.Bench.Startup;

// Usage (from the repository, after `dotnet build -c Release src/Host`):
//   dotnet run -c Release --project bench/WuToolkit.Bench -- cbs [--size-mb 1024] [--runs 3] [--wutk <path to wutk.dll>]
//   dotnet run -c Release --project bench/WuToolkit.Bench -- startup [--runs 10] [--warmup 3] [--plugin-count 200]
//       [--wutk <path to wutk.dll>] [--publish-property PublishReadyToRun=true]
//   dotnet run -c Release --project bench/WuToolkit.Bench -- reader [--size-mb 256] [--runs 3] [--log cbs|windowsupdate|setupact]
//   dotnet run -c Release --project bench/WuToolkit.Bench -- report [--runs 3] [--wutk <path to wutk.dll>]
//   dotnet run -c Release --project bench/WuToolkit.Bench -- logs [--size-mb 1024] [--runs 3] [--wutk <published wutk.dll>]
//       [--wutk-env DOTNET_GCgen0size=0x800000]
// `cbs` times a 1 GB CBS.log scan against grep -c; `startup` times wutk's commands (from a Release publish) against a
// bare `dotnet new console` hello world it builds, with hyperfine when installed (`apt-get install hyperfine`). Results are ratios within one run, so the machine's speed cancels out.
// `startup` also counts, per command, the methods compiled just in time, by namespace: the profile of start-up.
// `reader` splits the `logs` benchmark's scans (CBS.log, WindowsUpdate.log, setupact.log) into stages inside this process:
// reading, line splitting, marker search, entry building, each rule, the report and its JSON; one table per log.
// `report` writes 10,000 run results from the samples' real outputs and times `wutk report` over them, with its peak memory.
if (args is ["hello", ..])
{
    Console.WriteLine("hello");
    return 0;
}

var named = args is ["cbs" or "startup" or "reader" or "report" or "logs", ..];
var mode = named ? args[0] : "cbs";
var options = BenchOptions.Parse(named ? args[1..] : args);
return mode switch
{
    "startup" => await StartupBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
    "reader" => await ReaderBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
    "report" => await ReportBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
    "logs" => await LogsScanBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
    _ => await CbsScanBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
};
