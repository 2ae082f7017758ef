using WuToolkit.Host;
using WuToolkit.Host.Cli;

return await WutkCommandLine.RunAsync(args, HostEnvironment.FromProcess(), Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
