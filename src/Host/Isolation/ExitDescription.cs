using System.Globalization;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Isolation;

/// <summary>How a process ended, in words: on Unix 128 + a signal's number (as .NET reports a process a signal ended),
/// on Windows the NTSTATUS codes the runtime ends with.</summary>
internal static class ExitDescription
{
    public static string Of(int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return unchecked((uint)exitCode) switch
            {
                0xC0000005 => IsolationStrings.FormatExitAccessViolation(Hex(exitCode)),
                0xC00000FD => IsolationStrings.FormatExitStackOverflow(Hex(exitCode)),
                0xC0000409 or 0x80131623 => IsolationStrings.FormatExitFailFast(Hex(exitCode)),
                0xE0434352 => IsolationStrings.FormatExitUnhandled(Hex(exitCode)),
                _ => IsolationStrings.FormatExitCode(exitCode.ToString(CultureInfo.InvariantCulture)),
            };
        }

        var code = exitCode.ToString(CultureInfo.InvariantCulture);
        return (exitCode - 128) switch
        {
            6 => IsolationStrings.FormatExitAborted(code),
            9 => IsolationStrings.FormatExitKilled(code),
            11 or 7 => IsolationStrings.FormatExitSegmentationFault(code),
            _ => IsolationStrings.FormatExitCode(code),
        };
    }

    private static string Hex(int code) => "0x" + code.ToString("X8", CultureInfo.InvariantCulture);
}
