using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

/// <summary>The Health tests' shorthand for the test kit's runner with deep checks and error catalogs set.</summary>
internal static class HealthRunner
{
    public static Task<CheckResult> RunAsync(ICheck check, TestPc pc, bool deep = false, IErrorCodeLookup? codes = null, params (string Key, string Value)[] settings) =>
        CheckTester.RunAsync(check, pc, context => context with { Deep = deep, ErrorCodes = codes ?? Codes() }, settings);

    public static IErrorCodeLookup Codes(params ErrorCode[] known) => new TestErrorCodes(known);
}
