using WuToolkit.Bench;

// Usage (from the repository, after `dotnet build -c Release src/Host`):
//   dotnet run -c Release --project bench/WuToolkit.Bench -- cbs [--size-mb 1024] [--runs 3] [--wutk <path to wutk.dll>]
//   dotnet run -c Release --project bench/WuToolkit.Bench -- startup [--runs 10] [--wutk <path to wutk.dll>]
//   dotnet run -c Release --project bench/WuToolkit.Bench -- reader [--size-mb 1024] [--runs 3]
//   dotnet run -c Release --project bench/WuToolkit.Bench -- logs [--size-mb 1024] [--runs 3] [--wutk <published wutk.dll>]
// `cbs` times a 1 GB CBS.log scan against grep -c; `startup` times wutk's commands against a bare `dotnet` hello
// world (this program with `hello`). Results are ratios within one run, so the machine's speed cancels out.
// `reader` splits the scan's time inside this process with the log library: reading entries, then running the rules.
if (args is ["hello", ..])
{
    Console.WriteLine("hello");
    return 0;
}

var named = args is ["cbs" or "startup" or "reader" or "logs", ..];
var mode = named ? args[0] : "cbs";
var options = BenchOptions.Parse(named ? args[1..] : args);
return mode switch
{
    "startup" => await StartupBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
    "reader" => await ReaderBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
    "logs" => await LogsScanBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
    _ => await CbsScanBenchmark.RunAsync(options, Console.Out).ConfigureAwait(false),
};
