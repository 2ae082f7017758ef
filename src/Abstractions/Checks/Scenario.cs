namespace WuToolkit.Abstractions.Checks;

/// <summary>What the user is trying to do; a check or fix declares which scenarios it serves.</summary>
[Flags]
public enum Scenario
{
    /// <summary>Serves no scenario (not valid on an export).</summary>
    None = 0,

    /// <summary>Monthly quality and security updates through Windows Update.</summary>
    Update = 1,

    /// <summary>A feature upgrade to a new Windows version (for example Windows 10 to 11).</summary>
    Upgrade = 2,

    /// <summary>Both updates and upgrades.</summary>
    Both = Update | Upgrade,
}
