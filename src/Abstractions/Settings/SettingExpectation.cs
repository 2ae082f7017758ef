using System.Globalization;
using WuToolkit.Abstractions.Resources;

namespace WuToolkit.Abstractions;

/// <summary>What a declared setting accepts, in words for an error message.</summary>
public static class SettingExpectation
{
    /// <summary>Such as "a number from 1 to 100000 (GB)" or "one of: fail, warn".</summary>
    public static string Describe(Setting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return setting switch
        {
            NumberSetting number => Range(number),
            TextSetting { AllowedValues.Count: > 0 } text => SdkStrings.FormatExpectedOneOf(string.Join(", ", text.AllowedValues)),
            TextSetting text => SdkStrings.FormatExpectedText(text.MaxLength),
            UrlListSetting urls => SdkStrings.FormatExpectedUrls(urls.MaxCount),
            _ => SdkStrings.ExpectedValue,
        };
    }

    private static string Range(NumberSetting number)
    {
        var unit = string.IsNullOrEmpty(number.Unit) ? "" : " " + number.Unit;
        var minimum = number.Minimum.ToString(CultureInfo.InvariantCulture);
        var maximum = number.Maximum.ToString(CultureInfo.InvariantCulture);
        return (number.Minimum > double.MinValue, number.Maximum < double.MaxValue) switch
        {
            (true, true) => SdkStrings.FormatExpectedNumberBetween(minimum, maximum, unit),
            (true, false) => SdkStrings.FormatExpectedNumberAtLeast(minimum, unit),
            (false, true) => SdkStrings.FormatExpectedNumberAtMost(maximum, unit),
            _ => SdkStrings.ExpectedNumber,
        };
    }
}
