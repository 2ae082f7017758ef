using WuToolkit.Host.Plugins.Trust;

namespace WuToolkit.Host.Configuration;

/// <summary>
/// The machine-wide configuration: what administrators decided about plugins (which ones they trusted, which always run
/// isolated). It lives where only administrators can write (<c>%ProgramData%\wutk\config.json</c>,
/// <c>/usr/share/wutk/config.json</c>); read and written by <see cref="MachineConfigurationFile"/>.
/// </summary>
public sealed record MachineConfiguration(IReadOnlyDictionary<string, PluginConfiguration> Plugins)
{
    public static MachineConfiguration Empty { get; } = new(new Dictionary<string, PluginConfiguration>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The pins, by plugin name.</summary>
    public IReadOnlyDictionary<string, PluginPin> Pins =>
        Plugins.Where(pair => pair.Value.Pin is not null).ToDictionary(pair => pair.Key, pair => pair.Value.Pin!, StringComparer.OrdinalIgnoreCase);

    /// <summary>The plugins an administrator wants always isolated.</summary>
    public IReadOnlySet<string> Isolated =>
        Plugins.Where(pair => pair.Value.Isolate).Select(pair => pair.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What is set for <paramref name="plugin"/> (nothing when it is not named).</summary>
    public PluginConfiguration For(string plugin) => Plugins.GetValueOrDefault(plugin) ?? new PluginConfiguration();

    /// <summary>This configuration with <paramref name="plugin"/>'s settings changed; a plugin left with none is removed.</summary>
    public MachineConfiguration With(string plugin, Func<PluginConfiguration, PluginConfiguration> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var plugins = new Dictionary<string, PluginConfiguration>(Plugins, StringComparer.OrdinalIgnoreCase);
        var name = plugins.Keys.FirstOrDefault(key => string.Equals(key, plugin, StringComparison.OrdinalIgnoreCase)) ?? plugin;
        var changed = change(For(plugin));
        if (changed.IsEmpty)
        {
            plugins.Remove(name);
        }
        else
        {
            plugins[name] = changed;
        }

        return new MachineConfiguration(plugins);
    }

    /// <summary>The same plugin settings, without any pin: what counts when the file is where others can write.</summary>
    public MachineConfiguration WithoutPins() =>
        new(Plugins.Where(pair => pair.Value.Isolate).ToDictionary(pair => pair.Key, pair => pair.Value with { Pin = null }, StringComparer.OrdinalIgnoreCase));
}
