using System.Globalization;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>Reads a TPM's specification version.</summary>
internal static class TpmVersion
{
    /// <summary>The version in <paramref name="specVersion"/>, or <see langword="null"/> when it cannot be read.
    /// WMI's <c>Win32_Tpm.SpecVersion</c> lists the family first and then revision details ("2.0, 0, 1.59"),
    /// so only the part before the first comma counts.</summary>
    public static Version? Parse(string specVersion)
    {
        var family = specVersion.Split(',', 2)[0].Trim();
        if (Version.TryParse(family, out var version))
        {
            return version;
        }

        return int.TryParse(family, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? new Version(major, 0) : null;
    }
}
