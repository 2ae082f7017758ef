using WuToolkit.Abstractions.Localization;

// Attribute arguments can only be English literals: the host reads the titles and descriptions of what this plugin
// exports in the user's language from Resources/Metadata.resx and its translations, keyed by id.
[assembly: LocalizedMetadata(typeof(WuToolkit.Plugins.Health.Resources.Metadata))]
