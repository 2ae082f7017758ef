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
/// never changed: the export's metadata object stays as the plugin declared it, and the copy differs from it only in
/// those texts.
/// </summary>
internal sealed class LocalizedTexts
{
    private static readonly LocalizedTexts None = new(null, CultureInfo.InvariantCulture);

    // object.MemberwiseClone copies every field of any class, those added to the SDK later included; it is protected,
    // so it is called through an open delegate made once.
    private static readonly Func<object, object> ShallowCopy =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();

    private readonly ResourceManager? _resources;
    private readonly CultureInfo _culture;

    /// <summary>The texts of <paramref name="resources"/> in <paramref name="culture"/> (tests give resources of their own).</summary>
    internal LocalizedTexts(ResourceManager? resources, CultureInfo culture)
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
        return Translated(metadata, metadata.Id, static (copy, title) => copy.Title = title, static (copy, description) => copy.Description = description);
    }

    public FixMetadata Localize(FixMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Translated(metadata, metadata.Id, static (copy, title) => copy.Title = title, static (copy, description) => copy.Description = description);
    }

    public ErrorCatalogMetadata Localize(ErrorCatalogMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Translated(metadata, metadata.Id, static (copy, title) => copy.Title = title, setDescription: null);
    }

    public LogRuleMetadata Localize(LogRuleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Translated(metadata, metadata.Id, static (copy, title) => copy.Title = title, setDescription: null);
    }

    /// <summary>
    /// A copy of <paramref name="metadata"/> with only its texts replaced, where the resources have them. The copy is
    /// the object's own shallow clone, so every other member the SDK has or will have is kept as the plugin declared it:
    /// copying field by field once lost a rule's markers (and with them the log prefilter) when a field was added.
    /// </summary>
    private T Translated<T>(T metadata, string id, Action<T, string> setTitle, Action<T, string>? setDescription)
        where T : class
    {
        if (_resources is null)
        {
            return metadata;
        }

        var copy = (T)ShallowCopy(metadata);
        if (Text(LocalizedMetadataAttribute.TitleKey(id)) is { } title)
        {
            setTitle(copy, title);
        }

        if (setDescription is not null && Text(LocalizedMetadataAttribute.DescriptionKey(id)) is { } description)
        {
            setDescription(copy, description);
        }

        return copy;
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
