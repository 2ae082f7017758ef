using System.Reflection;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Host.Plugins;

/// <summary>
/// Which SDK version a plugin was built against, and which this wutk has. Plugins record theirs as assembly
/// metadata (the SDK package's build targets write it); one without it was built before versions were recorded,
/// so against 1.0. Within a major version a host loads a plugin of its own minor version or an older one.
/// </summary>
internal static class SdkVersions
{
    /// <summary>The metadata key the SDK's build targets write.</summary>
    public const string MetadataKey = "WuToolkit.Abstractions.Version";

    /// <summary>What a plugin without the metadata was built against.</summary>
    public static Version Unrecorded { get; } = new(1, 0);

    /// <summary>The SDK this wutk carries, as major.minor.</summary>
    public static Version Host { get; } = MajorMinor(
        typeof(ICheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ICheck).Assembly.GetName().Version?.ToString()) ?? Unrecorded;

    /// <summary>The text <paramref name="plugin"/> records as its SDK version, or <see langword="null"/> when it records none.</summary>
    public static string? RecordedBy(Assembly plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return plugin.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => string.Equals(attribute.Key, MetadataKey, StringComparison.Ordinal))?.Value;
    }

    /// <summary>"1.3.0-preview.1+abc" as 1.3.</summary>
    public static Version? MajorMinor(string? text)
    {
        var core = (text ?? "").Split('+', '-')[0];
        return Version.TryParse(core, out var version) ? new Version(version.Major, Math.Max(version.Minor, 0)) : null;
    }
}
