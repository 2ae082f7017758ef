using WuToolkit.Abstractions;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache;

/// <summary>A size or an age limit of zero or less would flag every PC: refuse it as a usage error instead.</summary>
internal static class PositiveSetting
{
    public static double Read(ISettings settings, string key, double defaultValue)
    {
        var value = settings.GetNumber(key, defaultValue);
        return value > 0 ? value : throw new InvalidSettingException(key, settings.Find(key) ?? "", Strings.PositiveNumberExpected);
    }
}
