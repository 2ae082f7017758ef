using System.Globalization;
using System.Reflection;
using System.Resources;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Localization;

namespace WuToolkit.Host.Plugins;

/// <summary>
/// A plugin's attribute texts in the user's language: <c>{id}.Title</c> and <c>{id}.Description</c> from the resources
/// its <see cref="LocalizedMetadataAttribute"/> names, else the attribute's own (English) text. Each metadata is copied,
/// never changed: the export's metadata object stays as the plugin declared it.
/// </summary>
internal sealed class LocalizedTexts
{
    private static readonly LocalizedTexts None = new(null, CultureInfo.InvariantCulture);

    private readonly ResourceManager? _resources;
    private readonly CultureInfo _culture;

    private LocalizedTexts(ResourceManager? resources, CultureInfo culture)
    {
        _resources = resources;
        _culture = culture;
    }

    /// <summary>The texts of <paramref name="assembly"/> in the current UI culture; none when it names no resources.
    /// The resources are read from the plugin's own load context, so its satellite (ja/Plugin.resources.dll) resolves
    /// beside it.</summary>
    public static LocalizedTexts For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        try
        {
            return assembly.GetCustomAttribute<LocalizedMetadataAttribute>() is { ResourceType: var type }
                ? new LocalizedTexts(new ResourceManager(type.FullName ?? type.Name, type.Assembly), CultureInfo.CurrentUICulture)
                : None;
        }
        catch (Exception ex) when (ex is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // An attribute that cannot be read leaves the texts as the plugin's attributes say them.
            return None;
        }
    }

    public CheckMetadata Localize(CheckMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return _resources is null ? metadata : new CheckMetadata
        {
            Id = metadata.Id,
            Title = Text(LocalizedMetadataAttribute.TitleKey(metadata.Id)) ?? metadata.Title,
            Description = Text(LocalizedMetadataAttribute.DescriptionKey(metadata.Id)) ?? metadata.Description,
            Scenario = metadata.Scenario,
            NeedsElevation = metadata.NeedsElevation,
            Tags = metadata.Tags,
            Settings = metadata.Settings,
            Deep = metadata.Deep,
        };
    }

    public FixMetadata Localize(FixMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return _resources is null ? metadata : new FixMetadata
        {
            Id = metadata.Id,
            Title = Text(LocalizedMetadataAttribute.TitleKey(metadata.Id)) ?? metadata.Title,
            Description = Text(LocalizedMetadataAttribute.DescriptionKey(metadata.Id)) ?? metadata.Description,
            Scenario = metadata.Scenario,
            NeedsElevation = metadata.NeedsElevation,
            Addresses = metadata.Addresses,
            Impact = metadata.Impact,
            UndoFixId = metadata.UndoFixId,
            Settings = metadata.Settings,
        };
    }

    public ErrorCatalogMetadata Localize(ErrorCatalogMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return _resources is null ? metadata : new ErrorCatalogMetadata
        {
            Id = metadata.Id,
            Title = Text(LocalizedMetadataAttribute.TitleKey(metadata.Id)) ?? metadata.Title,
        };
    }

    public LogRuleMetadata Localize(LogRuleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return _resources is null ? metadata : new LogRuleMetadata
        {
            Id = metadata.Id,
            Title = Text(LocalizedMetadataAttribute.TitleKey(metadata.Id)) ?? metadata.Title,
            Kinds = metadata.Kinds,
            Markers = metadata.Markers,
        };
    }

    /// <summary>The text for <paramref name="key"/>, or null when the resources have none (or cannot be read): a
    /// plugin with no translation, or a broken satellite, shows its attribute's text rather than failing to load.</summary>
    private string? Text(string key)
    {
        try
        {
            return _resources!.GetString(key, _culture) is { Length: > 0 } text ? text : null;
        }
        catch (Exception ex) when (ex is MissingManifestResourceException or MissingSatelliteAssemblyException or InvalidOperationException or BadImageFormatException or FileLoadException)
        {
            return null;
        }
    }
}
