using System.Runtime.InteropServices;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.AccessViolation;

/// <summary>Reads memory that is not there, as broken native code does: an access violation, which .NET does not let
/// anyone catch, ends the process.</summary>
[ExportCheck("accessviolation.read", "A check that reads memory that is not there")]
public sealed class ReadNowhereCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass($"read {Marshal.ReadInt64(new IntPtr(0x7FFF_FFFF_0000))}"));
}
