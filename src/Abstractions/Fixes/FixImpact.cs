namespace WuToolkit.Abstractions.Fixes;

/// <summary>How much a fix disturbs the PC, so that <c>wutk fix --for</c> proposes the gentlest first.</summary>
public enum FixImpact
{
    /// <summary>Changes a setting or starts something; nothing is moved or rebuilt (restore a start type, resync the clock).</summary>
    Gentle,

    /// <summary>Moves data aside that Windows rebuilds, or stops services for a while (reset the download cache).</summary>
    Moderate,

    /// <summary>Rebuilds or repairs system state, takes long or cannot be undone (DISM RestoreHealth, the full component
    /// reset, clean boot).</summary>
    Heavy,
}
