using System.Reflection;
using WuToolkit.Abstractions;

namespace WuToolkit.Host.Plugins;

/// <summary>Reads the settings a check declares: the public static <see cref="Setting"/> fields and properties of the
/// class its metadata names. This runs the plugin's static initialiser for that class, never the check.</summary>
internal static class SettingDeclarations
{
    /// <summary>The declared settings; an empty list when the check names no class.</summary>
    /// <exception cref="TargetInvocationException">The plugin's class failed while its settings were built.</exception>
    /// <exception cref="TypeInitializationException">The same, from its static constructor.</exception>
    public static IReadOnlyList<Setting> Read(Type? declaring)
    {
        if (declaring is null)
        {
            return [];
        }

        const BindingFlags Public = BindingFlags.Public | BindingFlags.Static;
        var fields = declaring.GetFields(Public).Where(field => typeof(Setting).IsAssignableFrom(field.FieldType)).Select(field => field.GetValue(null));
        var properties = declaring.GetProperties(Public)
            .Where(property => typeof(Setting).IsAssignableFrom(property.PropertyType) && property.GetIndexParameters().Length == 0)
            .Select(property => property.GetValue(null));
        return fields.Concat(properties).OfType<Setting>().ToList();
    }
}
