using System.Globalization;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>The kinds of registry data a fix step writes (Microsoft.Win32's own enum is Windows-only).</summary>
internal enum RegistryDataKind
{
    String,
    ExpandString,
    MultiString,
    DWord,
    QWord,
    Binary,
}

/// <summary>A registry value given as text, as fix steps and the registry questions write it (numbers in decimal,
/// multi-strings joined by new lines, binary as hexadecimal), turned into what the registry API takes.</summary>
internal static class RegistryData
{
    /// <summary>The kind and data to write, or <see langword="null"/> when the text is not data of that kind.</summary>
    public static (RegistryDataKind Kind, object Data)? Parse(string kind, string data)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(data);
        switch (kind.ToUpperInvariant())
        {
            case "REG_SZ":
                return (RegistryDataKind.String, data);
            case "REG_EXPAND_SZ":
                return (RegistryDataKind.ExpandString, data);
            case "REG_MULTI_SZ":
                return (RegistryDataKind.MultiString, data.Length == 0 ? Array.Empty<string>() : data.ReplaceLineEndings("\n").Split('\n'));
            case "REG_DWORD" when uint.TryParse(data.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                return (RegistryDataKind.DWord, unchecked((int)number));
            case "REG_QWORD" when ulong.TryParse(data.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                return (RegistryDataKind.QWord, unchecked((long)number));
            case "REG_BINARY":
                try
                {
                    return (RegistryDataKind.Binary, Convert.FromHexString(data.Trim()));
                }
                catch (FormatException)
                {
                    return null;
                }

            default:
                return null;
        }
    }
}
