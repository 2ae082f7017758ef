using System.Globalization;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A Setup extend code such as 0x4000D, the second half of "0xC1900101 - 0x4000D": its first hex digit is the phase
/// Setup was in and its low byte the operation (Microsoft's "Upgrade error codes": SP_EXECUTION_SAFE_OS,
/// SP_EXECUTION_OP_MIGRATE_DATA …), said in plain words (Resources/ExtendCodes.resx).
/// </summary>
internal static class ExtendCode
{
    private const int KnownPhases = 6;
    private const int KnownOperations = 0x21;

    /// <summary>The phase number (the first hex digit of five).</summary>
    public static int Phase(uint extend) => (int)((extend >> 16) & 0xF);

    /// <summary>The operation number (the low byte).</summary>
    public static int Operation(uint extend) => (int)(extend & 0xFF);

    /// <summary>"0x4000D: OOBE boot, migrate data".</summary>
    public static string Describe(uint extend)
    {
        var culture = CultureInfo.CurrentUICulture;
        var phase = Phase(extend);
        var operation = Operation(extend);
        var phaseText = phase < KnownPhases
            ? ExtendCodes.ResourceManager.GetString("Phase" + phase.ToString(CultureInfo.InvariantCulture), culture)
            : ExtendCodes.FormatUnknownPhase(phase);
        var operationText = operation < KnownOperations
            ? ExtendCodes.ResourceManager.GetString("Operation" + operation.ToString("X2", CultureInfo.InvariantCulture), culture)
            : ExtendCodes.FormatUnknownOperation("0x" + operation.ToString("X", CultureInfo.InvariantCulture));
        return ExtendCodes.FormatDecoded("0x" + extend.ToString("X", CultureInfo.InvariantCulture), phaseText, operationText);
    }

    /// <summary>True when the phase is after the first restart into the upgrade (Safe OS, first boot, OOBE).</summary>
    public static bool IsAfterFirstRestart(uint extend) => Phase(extend) is >= 2 and <= 4;

    /// <summary>True when the operation is the boot of the new Windows (0x17) or its sysprep (0x18), where a driver hangs.</summary>
    public static bool IsBootOrDevices(uint extend) => Operation(extend) is 0x17 or 0x18;
}
