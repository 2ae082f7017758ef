using WuToolkit.Abstractions.Checks;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Support;

/// <summary>Runs one check against a PC described in code, through the test kit plugin authors use.</summary>
internal static class CheckHarness
{
    public static DateTimeOffset Now => TestPc.DefaultNow;

    /// <summary>A PC with nothing recorded, to be filled with <c>with { … }</c>.</summary>
    public static TestPc EmptyPc => TestPc.Empty;

    public static Task<CheckResult> RunAsync(ICheck check, TestPc pc, params (string Key, string Value)[] settings) =>
        CheckTester.RunAsync(check, pc, settings);
}
