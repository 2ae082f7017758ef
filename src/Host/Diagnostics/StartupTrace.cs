using System.Diagnostics;
using System.Globalization;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Diagnostics;

/// <summary>
/// Where start-up time goes, for whoever measures it (<c>WUTK_TRACE_STARTUP=1</c>): each phase's end as milliseconds since
/// the process started, one line on standard error each. Costs nothing when unset (no instance exists).
/// </summary>
public sealed class StartupTrace
{
    public const string EnvironmentVariable = "WUTK_TRACE_STARTUP";

    private readonly DateTime _processStart;
    private readonly TextWriter _error;

    private StartupTrace(TextWriter error)
    {
        _error = error;
        using var process = Process.GetCurrentProcess();
        _processStart = process.StartTime.ToUniversalTime();
    }

    /// <summary>A trace to standard error when the variable is set to anything but empty or 0; null otherwise.</summary>
    public static StartupTrace? FromVariable(string? value) =>
        string.IsNullOrEmpty(value) || value == "0" ? null : new StartupTrace(Console.Error);

    /// <summary>Says that a phase has ended.</summary>
    public void Mark(string phase) =>
        _error.WriteLine(CacheStrings.FormatTracePhase(
            (DateTime.UtcNow - _processStart).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture).PadLeft(7), phase));
}
