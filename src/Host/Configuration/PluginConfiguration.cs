using WuToolkit.Host.Plugins.Trust;

namespace WuToolkit.Host.Configuration;

/// <summary>What an administrator set for one plugin in the machine-wide configuration.</summary>
public sealed record PluginConfiguration
{
    /// <summary>The files the administrator trusted (<c>wutk plugins trust</c>); null when not pinned.</summary>
    public PluginPin? Pin { get; init; }

    /// <summary>Whether the plugin always runs in a process of its own (<c>wutk plugins isolate</c>), whatever the command line says.</summary>
    public bool Isolate { get; init; }

    public bool IsEmpty => Pin is null && !Isolate;
}
