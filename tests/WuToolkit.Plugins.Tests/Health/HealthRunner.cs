using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

/// <summary>Runs a check with what the test kit's runner does not set: deep checks asked for, and error catalogs.</summary>
internal static class HealthRunner
{
    public static Task<CheckResult> RunAsync(ICheck check, TestPc pc, bool deep = false, IErrorCodeLookup? codes = null, params (string Key, string Value)[] settings)
    {
        var context = new CheckContext
        {
            Machine = pc.ToMachine(),
            Settings = new TestSettings(settings),
            Deep = deep,
            ErrorCodes = codes ?? Codes(),
            Logger = NullLogger.Instance,
        };
        return check.RunAsync(context, CancellationToken.None);
    }

    /// <summary>A lookup that knows the given codes.</summary>
    public static IErrorCodeLookup Codes(params ErrorCode[] known) => new Lookup(known);

    private sealed class Lookup(ErrorCode[] known) : IErrorCodeLookup
    {
        public ErrorCode? Find(uint code) => known.FirstOrDefault(entry => entry.Code == code);
    }
}
