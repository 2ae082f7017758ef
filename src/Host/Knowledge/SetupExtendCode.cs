using System.Globalization;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Knowledge;

/// <summary>
/// The extend code Windows Setup writes after a result such as 0xC1900101 (<c>0xC1900101-0x40017</c>): its first
/// hex digit is the phase in which Setup failed, its low byte the operation it was running. 0x40017 reads as
/// phase 4 (the OOBE boot of the new Windows), operation 0x17 (booting) — typically a driver that fails there.
/// </summary>
/// <param name="Value">The extend code.</param>
/// <param name="Phase">The phase.</param>
/// <param name="Operation">The operation.</param>
public sealed record SetupExtendCode(uint Value, SetupStep Phase, SetupStep Operation)
{
    /// <summary>As Setup prints it: <c>0x40017</c>.</summary>
    public string Hex => $"0x{Value:X}";

    public static SetupExtendCode Decode(uint value)
    {
        // Extend codes have five hex digits, so the phase is everything above the low 16 bits.
        var phase = (int)(value >> 16);
        var operation = (int)(value & 0xFF);
        return new SetupExtendCode(value, Step(phase, SetupExecutionNames.Phases, "SetupPhase", "X", ExplainStrings.SetupPhaseOther),
            Step(operation, SetupExecutionNames.Operations, "SetupOperation", "X2", ExplainStrings.SetupOperationOther));
    }

    private static SetupStep Step(int number, IReadOnlyList<string> names, string keyPrefix, string keyFormat, string unknown)
    {
        if (number >= names.Count)
        {
            return new SetupStep(number, null, unknown);
        }

        var key = keyPrefix + number.ToString(keyFormat, CultureInfo.InvariantCulture);
        return new SetupStep(number, names[number], ExplainStrings.ResourceManager.GetString(key, ExplainStrings.Culture) ?? unknown);
    }
}
