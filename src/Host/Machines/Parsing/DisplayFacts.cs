using System.Globalization;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>Display adapters from WMI's Win32_VideoController (<c>Name</c>, <c>DriverVersion</c>, <c>DriverDate</c>),
/// with the display driver model their driver version declares.</summary>
public static class DisplayFacts
{
    /// <summary>
    /// The WDDM version a display driver's version declares, per Microsoft's display driver versioning (WDDM 2.1
    /// features, "Driver Versioning"): the first field is the driver model, 7/8/9/10 for WDDM 1.0 to 1.3, and from
    /// Windows 10 the model's digits (20 for WDDM 2.0, 27 for 2.7, 31 for 3.1). Before WDDM 2.0 the second field is a
    /// Direct3D level of 14 or more, which keeps out Windows' own drivers (Microsoft Basic Display Adapter, Hyper-V
    /// video: "10.0.19041.3636" is the Windows build, not WDDM 1.3). <see langword="null"/> when the version follows
    /// neither rule, so that nobody is told their driver is too old on a guess.
    /// </summary>
    public static string? DriverModel(string? driverVersion)
    {
        var fields = driverVersion?.Trim().Split('.');
        if (fields is not { Length: >= 2 } ||
            !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var model) ||
            !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            return null;
        }

        return model switch
        {
            >= 20 and <= 99 => string.Create(CultureInfo.InvariantCulture, $"{model / 10}.{model % 10}"),
            >= 7 and <= 10 when second >= 14 => string.Create(CultureInfo.InvariantCulture, $"1.{model - 7}"),
            _ => null,
        };
    }

    /// <summary>One Win32_VideoController instance as an adapter; <see langword="null"/> for one without a name.</summary>
    public static DisplayAdapterInfo? Read(CimRecord controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if ((controller.Text("Name") ?? controller.Text("Caption")) is not { } name)
        {
            return null;
        }

        var version = controller.Text("DriverVersion");
        return new DisplayAdapterInfo
        {
            Name = name,
            DriverVersion = version,
            DriverDate = CimDateTime.Parse(controller.Text("DriverDate")),
            DriverModel = DriverModel(version),
        };
    }
}
