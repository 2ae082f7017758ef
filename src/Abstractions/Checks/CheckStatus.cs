namespace WuToolkit.Abstractions.Checks;

/// <summary>The outcome of one check, from best to worst for the purpose of a run's exit code.</summary>
public enum CheckStatus
{
    /// <summary>The machine is fine in this respect.</summary>
    Pass,

    /// <summary>Something deserves attention but does not by itself stop updates.</summary>
    Warn,

    /// <summary>Something that stops or breaks Windows Update or an upgrade.</summary>
    Fail,

    /// <summary>The check does not apply or could not get its facts here (for example a Windows-only question on Linux).</summary>
    Skipped,

    /// <summary>The check itself crashed, hung or returned nonsense; the result says nothing about the machine.</summary>
    Error,
}
