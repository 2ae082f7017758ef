using WuToolkit.Bench;

// Usage: dotnet run -c Release --project bench/WuToolkit.Bench -- [--size-mb 1024] [--runs 3] [--wutk <path to wutk.dll>]
// Builds a large CBS.log by repeating the corpus's CBS excerpts, then times `grep -c` and `wutk logs analyze`
// on the same file for the same failures, and reports wutk's speed as a ratio of grep's and its peak memory.
return await CbsScanBenchmark.RunAsync(BenchOptions.Parse(args), Console.Out).ConfigureAwait(false);
