using System.Globalization;
using System.Text;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ChangesProcessState;

/// <summary>Changes what the whole process shares: the current directory, the console's encodings and the default
/// culture of new threads, as a careless plugin may. wutk's output must not change.</summary>
[ExportCheck("changesprocessstate.meddle", "A check that changes the process's state")]
public sealed class MeddlingCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        Directory.SetCurrentDirectory(Path.GetPathRoot(Path.GetTempPath())!);
        Console.OutputEncoding = Encoding.Unicode;
        Console.InputEncoding = Encoding.Unicode;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        return Task.FromResult(CheckResult.Pass("changed the directory, the console encodings and the default culture"));
    }
}
