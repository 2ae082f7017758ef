using System.Globalization;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A bug check as Setup writes it in its rollback records ("Current bugcheck string: 0x0000007e,0xffffffffc0000005,…",
/// rollbackinfo.ini's [Bugcheck] Code): the code first, then its parameters. Said as the code with the name Windows gives
/// it, for the common ones an upgrade meets (drivers, storage, file systems); a code not listed is given as it is.
/// </summary>
internal static class BugChecks
{
    private static readonly Dictionary<uint, string> Names = new()
    {
        [0x0A] = "IRQL_NOT_LESS_OR_EQUAL",
        [0x1E] = "KMODE_EXCEPTION_NOT_HANDLED",
        [0x3B] = "SYSTEM_SERVICE_EXCEPTION",
        [0x50] = "PAGE_FAULT_IN_NONPAGED_AREA",
        [0x7A] = "KERNEL_DATA_INPAGE_ERROR",
        [0x7B] = "INACCESSIBLE_BOOT_DEVICE",
        [0x7E] = "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED",
        [0x7F] = "UNEXPECTED_KERNEL_MODE_TRAP",
        [0x9F] = "DRIVER_POWER_STATE_FAILURE",
        [0xA5] = "ACPI_BIOS_ERROR",
        [0xC2] = "BAD_POOL_CALLER",
        [0xC4] = "DRIVER_VERIFIER_DETECTED_VIOLATION",
        [0xC5] = "DRIVER_CORRUPTED_EXPOOL",
        [0xD1] = "DRIVER_IRQL_NOT_LESS_OR_EQUAL",
        [0xEF] = "CRITICAL_PROCESS_DIED",
        [0xF4] = "CRITICAL_OBJECT_TERMINATION",
        [0x101] = "CLOCK_WATCHDOG_TIMEOUT",
        [0x109] = "CRITICAL_STRUCTURE_CORRUPTION",
        [0x116] = "VIDEO_TDR_FAILURE",
        [0x124] = "WHEA_UNCORRECTABLE_ERROR",
        [0x133] = "DPC_WATCHDOG_VIOLATION",
        [0x139] = "KERNEL_SECURITY_CHECK_FAILURE",
        [0x154] = "UNEXPECTED_STORE_EXCEPTION",
        [0x1000007E] = "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED_M",
        [0x100000D1] = "DRIVER_IRQL_NOT_LESS_OR_EQUAL_M",
    };

    /// <summary>The code of a bug check string, or null when it names none.</summary>
    public static uint? Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().Trim();
        var comma = first.IndexOfAny(',', ' ');
        if (comma >= 0)
        {
            first = first[..comma];
        }

        if (first.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return uint.TryParse(first[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }

        return uint.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>"0x7E SYSTEM_THREAD_EXCEPTION_NOT_HANDLED", or the text as given when it names no code.</summary>
    public static string Describe(string text)
    {
        if (Code(text) is not { } code)
        {
            return text.Trim();
        }

        var hex = "0x" + code.ToString("X", CultureInfo.InvariantCulture);
        return Names.TryGetValue(code, out var name) ? $"{hex} {name}" : hex;
    }
}
