using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade.Graphics;

/// <summary>What a display adapter's driver tells about the graphics requirement.</summary>
internal enum DisplayDriverStanding
{
    /// <summary>Its driver model is at least the one the target needs.</summary>
    Meets,

    /// <summary>Its driver model is older than the target needs.</summary>
    TooOld,

    /// <summary>It runs on Microsoft's basic display driver, which says nothing about the hardware.</summary>
    BasicDriver,

    /// <summary>Its driver model was not recorded or cannot be read.</summary>
    Unknown,
}

/// <summary>Judges one display adapter's driver.</summary>
internal static class DisplayDriver
{
    // The name Windows gives the adapter when no vendor driver is installed, in English and Japanese (the name comes
    // from the driver's INF and is translated; other languages fall back to judging its driver model).
    private static readonly string[] BasicDisplayAdapterNames = ["Microsoft Basic Display Adapter", "Microsoft 基本ディスプレイ アダプター"];

    /// <summary>Where <paramref name="adapter"/> stands against <paramref name="minimum"/>.</summary>
    public static DisplayDriverStanding Judge(DisplayAdapterInfo adapter, Version minimum)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(minimum);
        if (IsBasicDisplayAdapter(adapter))
        {
            return DisplayDriverStanding.BasicDriver;
        }

        return Model(adapter) switch
        {
            null => DisplayDriverStanding.Unknown,
            { } model when model < minimum => DisplayDriverStanding.TooOld,
            _ => DisplayDriverStanding.Meets,
        };
    }

    /// <summary>The WDDM version the driver implements ("2.7" reads 2.7), or <see langword="null"/>.</summary>
    public static Version? Model(DisplayAdapterInfo adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var text = adapter.DriverModel?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.StartsWith("WDDM", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..].Trim();
        }

        return Version.TryParse(text, out var version) ? version
            : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) ? new Version(major, 0)
            : null;
    }

    private static bool IsBasicDisplayAdapter(DisplayAdapterInfo adapter) =>
        BasicDisplayAdapterNames.Any(name => string.Equals(adapter.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
}
