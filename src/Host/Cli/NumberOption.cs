using System.CommandLine;
using System.Globalization;
using System.Numerics;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Cli;

/// <summary>
/// Options that take a number within a documented range (README, "Options"). The value is read with the invariant
/// culture, a dot for decimals whatever the language of the PC, so that a script means the same everywhere. Text that
/// is not such a number, or a number outside the range, is a usage error naming the option, the range and the value.
/// </summary>
public static class NumberOption
{
    public static Option<T> Create<T>(string name, T defaultValue, T minimum, T maximum)
        where T : struct, INumber<T>
    {
        var option = new Option<T>(name) { DefaultValueFactory = _ => defaultValue };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && T.IsFinite(value) && value >= minimum && value <= maximum)
            {
                return value;
            }

            result.AddError(Strings.FormatNumberOutOfRange(
                name,
                minimum.ToString(null, CultureInfo.InvariantCulture),
                maximum.ToString(null, CultureInfo.InvariantCulture),
                text));
            return defaultValue;
        };
        return option;
    }
}
