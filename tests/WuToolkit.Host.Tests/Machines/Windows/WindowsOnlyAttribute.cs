using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace WuToolkit.Host.Tests.Machines.Windows;

/// <summary>
/// Skips a fixture or test on every OS but Windows, with the reason in the skip message: NUnit's [Platform] (and the
/// skip it derives from [SupportedOSPlatform]) only says "Only supported on Win". The reason replaces theirs whichever
/// attribute NUnit applies first.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
internal sealed class WindowsOnlyAttribute(string reason) : NUnitAttribute, IApplyToTest
{
    public string Reason { get; } = reason;

    public void ApplyToTest(Test test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (!OperatingSystem.IsWindows() && test.RunState is not (RunState.NotRunnable or RunState.Ignored))
        {
            test.RunState = RunState.Skipped;
            test.Properties.Set(PropertyNames.SkipReason, $"Windows only: {Reason}");
        }
    }
}
