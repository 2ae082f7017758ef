using System.Globalization;
using WuToolkit.Host;
using WuToolkit.Host.Cli;
using WuToolkit.Host.IO;

// Standard output that cannot be written (a full disk, a closed stream) ends the command with exit code 73; standard
// error that cannot be written is ignored, so that a lost warning never ends a run.
// The language applies to every thread of the process, those a plugin starts included; each run sets it again.
CultureInfo.DefaultThreadCurrentUICulture = UiLanguage.Resolve(UiLanguage.Requested(args), CultureInfo.CurrentUICulture);
Console.SetOut(StandardStreamWriter.ForOutput(Console.Out));
Console.SetError(StandardStreamWriter.ForErrors(Console.Error));
var environment = HostEnvironment.FromProcess();
environment.Trace?.Mark("Main");
var exitCode = await WutkCommandLine.RunAsync(args, environment, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
environment.Trace?.Mark("done");
return exitCode;
