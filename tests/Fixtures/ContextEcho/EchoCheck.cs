using System.Globalization;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ContextEcho;

/// <summary>Says what the host put into its context: whether deep checks were asked for, the scenario, and what the
/// error-code lookup knows of a few codes (a vendor catalog's, a bundled one, and one no catalog knows).</summary>
[ExportCheck("contextecho.context", "Echoes its context", Description = "Reports the deep flag, the scenario and three error-code lookups it was given.")]
public sealed class EchoCheck : ICheck
{
    /// <summary>Only the VendorCodes fixture's catalog knows it.</summary>
    public const uint VendorCode = 0xA0041234;

    /// <summary>The bundled catalog knows it (WU_E_PT_WINHTTP_NAME_NOT_RESOLVED).</summary>
    public const uint BundledCode = 0x8024402C;

    /// <summary>No catalog knows it.</summary>
    public const uint UnknownCode = 0xA0049999;

    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(CheckResult.Pass(
            "context seen",
            new Evidence("deep", context.Deep ? "true" : "false"),
            new Evidence("scenario", context.Scenario.ToString()),
            Code(context, VendorCode),
            Code(context, BundledCode),
            Code(context, UnknownCode)));
    }

    private static Evidence Code(CheckContext context, uint code) =>
        new(string.Create(CultureInfo.InvariantCulture, $"0x{code:X8}"), context.ErrorCodes.Find(code)?.Name ?? "unknown");
}
