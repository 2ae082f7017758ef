namespace WuToolkit.Abstractions.Localization;

/// <summary>
/// Names the resource class that translates the texts a plugin's attributes carry (titles and descriptions of its
/// checks, fixes, log rules and error catalogs), since an attribute argument can only be an English literal. The host
/// reads, in the user's language, <c>{id}.Title</c> and <c>{id}.Description</c> from that class's resources for each
/// id the assembly exports; a key that is missing falls back to the attribute's own text, so a plugin that has no
/// translation, or was built before this attribute existed, shows its English text.
/// </summary>
/// <example><code>
/// [assembly: LocalizedMetadata(typeof(WuToolkit.Plugins.Disk.Resources.Metadata))]
/// // Resources/Metadata.resx:    disk.free-space.Title = Free space on the system volume
/// // Resources/Metadata.ja.resx: disk.free-space.Title = システム ボリュームの空き領域
/// </code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LocalizedMetadataAttribute : Attribute
{
    /// <summary>Names the resource class.</summary>
    /// <param name="resourceType">A class generated from a .resx file (it has a static <c>ResourceManager</c>
    /// property), or any type whose full name is the resource's base name in the same assembly.</param>
    public LocalizedMetadataAttribute(Type resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ResourceType = resourceType;
    }

    /// <summary>The resource class.</summary>
    public Type ResourceType { get; }

    /// <summary>The key of an id's title: <c>{id}.Title</c>.</summary>
    public static string TitleKey(string id) => id + ".Title";

    /// <summary>The key of an id's description: <c>{id}.Description</c>.</summary>
    public static string DescriptionKey(string id) => id + ".Description";
}
