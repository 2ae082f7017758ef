using System.Globalization;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// What <c>DISM.exe /Online /Cleanup-Image /ScanHealth /English</c> concluded, from its exit code and its console
/// output (English whatever the PC's language, because of /English). Its verdict is one of three sentences; a scan
/// that could not run prints "Error: &lt;code&gt;" (on a Japanese console "エラー: &lt;code&gt;") and the error's message,
/// and exits with that code.
/// </summary>
public static class DismScanOutput
{
    /// <summary>The arguments, one per element, in the order DISM expects them.</summary>
    public static IReadOnlyList<string> Arguments { get; } = ["/Online", "/Cleanup-Image", "/ScanHealth", "/English"];

    /// <summary>Where the verdict comes from, as <see cref="ComponentStoreState.Source"/> names it.</summary>
    public const string Source = "DISM /ScanHealth";

    /// <summary>ERROR_ELEVATION_REQUIRED: DISM needs an administrator.</summary>
    public const int ElevationRequired = 740;

    private static readonly (string Sentence, ComponentStoreVerdict Verdict)[] Verdicts =
    [
        ("No component store corruption detected.", ComponentStoreVerdict.Healthy),
        ("The component store is repairable.", ComponentStoreVerdict.Repairable),
        ("The component store cannot be repaired.", ComponentStoreVerdict.NotRepairable),
    ];

    /// <summary>
    /// DISM's verdict as a state at <paramref name="finished"/>, or the reason there is none: DISM's own error line and
    /// message, or its exit code. <see cref="Result.NeedsElevation"/> says the reason is a missing elevation.
    /// </summary>
    public static Result Read(int exitCode, string? output, DateTimeOffset finished)
    {
        var lines = (output ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            foreach (var (sentence, verdict) in Verdicts)
            {
                if (line.Equals(sentence, StringComparison.OrdinalIgnoreCase))
                {
                    return new Result(
                        new ComponentStoreState { Verdict = verdict, Source = Source, ScannedUtc = finished.ToUniversalTime(), Detail = exitCode == 0 ? sentence : $"{sentence} ({ExitCode(exitCode)})" },
                        null,
                        NeedsElevation: false);
                }
            }
        }

        var error = Array.FindIndex(lines, line => ErrorLabel(line) > 0);
        var elevation = exitCode == ElevationRequired || (error >= 0 && lines[error][ErrorLabel(lines[error])..].Trim() == "740");
        var reason = error >= 0
            ? string.Join(' ', lines.Skip(error).Take(2))
            : ExitCode(exitCode);
        return new Result(null, reason, elevation);
    }

    /// <summary>
    /// The length of DISM's error label at the start of a line, or 0: <c>Error:</c>, or <c>エラー:</c> as a Japanese DISM
    /// writes it (<c>エラー: 0x800f081f</c>) when its output is not English after all (a DISM that predates /English, or
    /// a capture made without it).
    /// </summary>
    private static int ErrorLabel(string line) =>
        line.StartsWith("Error:", StringComparison.OrdinalIgnoreCase) ? "Error:".Length
        : line.StartsWith("エラー:", StringComparison.Ordinal) ? "エラー:".Length
        : line.StartsWith("エラー：", StringComparison.Ordinal) ? "エラー：".Length
        : 0;

    /// <summary>An exit code as DISM's own messages write it, worded in the user's language: a Win32 error in decimal
    /// with its hexadecimal, an HRESULT in hexadecimal.</summary>
    public static string ExitCode(int exitCode) => exitCode is >= 0 and <= 0xFFFF
        ? MachineStrings.FormatDismExitCode(exitCode.ToString(CultureInfo.InvariantCulture), exitCode.ToString("X8", CultureInfo.InvariantCulture))
        : MachineStrings.FormatDismExitCodeHResult(unchecked((uint)exitCode).ToString("X8", CultureInfo.InvariantCulture));

    /// <summary>DISM's verdict, or why it gave none.</summary>
    /// <param name="State">The verdict, when DISM stated one.</param>
    /// <param name="Failure">DISM's error and message, or its exit code, when it stated none.</param>
    /// <param name="NeedsElevation">The scan failed because it needs an administrator.</param>
    public sealed record Result(ComponentStoreState? State, string? Failure, bool NeedsElevation);
}
