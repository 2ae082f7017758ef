using System.Globalization;
using System.Reflection;
using System.Resources;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Localization;
using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// Translating a plugin's metadata changes its title and description and nothing else: every other public property of
/// every metadata type of the SDK, found by reflection (so one added to the SDK later is covered without touching this
/// test), comes through as the plugin declared it, and the plugin's own metadata object is left as it was.
/// </summary>
public class LocalizedMetadataCopyTests
{
    private static readonly string[] TranslatedProperties = ["Title", "Description"];

    /// <summary>Every metadata class the SDK exports.</summary>
    private static IEnumerable<Type> MetadataTypes() =>
        typeof(CheckMetadata).Assembly.GetExportedTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.Name.EndsWith("Metadata", StringComparison.Ordinal))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

    [Test]
    public void The_SDK_has_the_four_metadata_types_and_each_can_be_localized()
    {
        Assert.That(MetadataTypes().Select(type => type.Name), Is.SupersetOf(new[] { "CheckMetadata", "FixMetadata", "ErrorCatalogMetadata", "LogRuleMetadata" }));
        foreach (var type in MetadataTypes())
        {
            Assert.That(LocalizeMethod(type), Is.Not.Null, $"LocalizedTexts.Localize({type.Name})");
        }
    }

    [TestCaseSource(nameof(MetadataTypes))]
    public void Localizing_changes_only_the_texts(Type type)
    {
        var declared = Declared(type);
        var before = Snapshot(declared);

        var localized = LocalizeMethod(type)!.Invoke(new LocalizedTexts(new EveryKeyTranslated(), CultureInfo.GetCultureInfo("ja-JP")), [declared])!;

        Assert.That(localized, Is.Not.SameAs(declared), "the plugin's metadata is copied, never changed");
        var id = (string)type.GetProperty("Id")!.GetValue(declared)!;
        var after = Snapshot(localized);
        foreach (var property in PublicProperties(type))
        {
            var value = after[property.Name];
            switch (property.Name)
            {
                case "Title":
                    Assert.That(value, Is.EqualTo("訳 " + LocalizedMetadataAttribute.TitleKey(id)), $"{type.Name}.Title");
                    break;
                case "Description":
                    Assert.That(value, Is.EqualTo("訳 " + LocalizedMetadataAttribute.DescriptionKey(id)), $"{type.Name}.Description");
                    break;
                default:
                    Assert.That(value, Is.EqualTo(before[property.Name]), $"{type.Name}.{property.Name} is kept as declared");
                    break;
            }
        }

        Assert.That(Snapshot(declared), Is.EqualTo(before), $"the plugin's own {type.Name} is unchanged");
    }

    [TestCaseSource(nameof(MetadataTypes))]
    public void Without_a_translation_every_property_stays_as_declared(Type type)
    {
        var declared = Declared(type);
        var before = Snapshot(declared);

        var localized = LocalizeMethod(type)!.Invoke(new LocalizedTexts(new NothingTranslated(), CultureInfo.GetCultureInfo("ja-JP")), [declared])!;

        Assert.That(Snapshot(localized), Is.EqualTo(before));
    }

    private static MethodInfo? LocalizeMethod(Type type) =>
        typeof(LocalizedTexts).GetMethod(nameof(LocalizedTexts.Localize), BindingFlags.Public | BindingFlags.Instance, [type]);

    private static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0);

    /// <summary>The metadata with every property set to something other than its default, as a plugin would declare it.</summary>
    private static object Declared(Type type)
    {
        var metadata = Activator.CreateInstance(type)!;
        var fresh = Activator.CreateInstance(type)!;
        foreach (var property in PublicProperties(type).Where(property => property.SetMethod is { IsPublic: true }))
        {
            var value = property.Name == "Id" ? "vendor.thing" : Sample(property.PropertyType, property.GetValue(metadata), property.Name);
            property.SetValue(metadata, value);
            Assert.That(property.GetValue(metadata), Is.Not.EqualTo(property.GetValue(fresh)), $"{type.Name}.{property.Name} differs from its default");
        }

        return metadata;
    }

    /// <summary>A value of <paramref name="type"/> unlike <paramref name="current"/>; a property of a type not known
    /// here fails the test, so that whoever adds it says how it should be compared.</summary>
    private static object Sample(Type type, object? current, string name)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            return "declared " + name;
        }

        if (plain == typeof(bool))
        {
            return current is not true;
        }

        if (plain == typeof(int) || plain == typeof(long) || plain == typeof(double))
        {
            return Convert.ChangeType(42, plain, CultureInfo.InvariantCulture);
        }

        if (plain.IsEnum)
        {
            return Enum.GetValues(plain).Cast<object>().First(value => !value.Equals(current));
        }

        if (plain == typeof(Type))
        {
            return typeof(LocalizedMetadataCopyTests);
        }

        if (plain.IsArray)
        {
            var element = plain.GetElementType()!;
            var array = Array.CreateInstance(element, 1);
            array.SetValue(Sample(element, element.IsValueType ? Activator.CreateInstance(element) : null, name), 0);
            return array;
        }

        Assert.Fail($"no sample value for {name} of type {type}: add one here");
        return null!;
    }

    /// <summary>Every public property's value (arrays by their items).</summary>
    private static Dictionary<string, object?> Snapshot(object metadata) =>
        PublicProperties(metadata.GetType()).ToDictionary(
            property => property.Name,
            property => property.GetValue(metadata) is Array array ? array.Cast<object?>().ToList() : property.GetValue(metadata));

    /// <summary>Resources with a translation for every key.</summary>
    private sealed class EveryKeyTranslated : ResourceManager
    {
        public override string? GetString(string name, CultureInfo? culture) => "訳 " + name;
    }

    /// <summary>Resources with no translation at all.</summary>
    private sealed class NothingTranslated : ResourceManager
    {
        public override string? GetString(string name, CultureInfo? culture) => null;
    }
}
