using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>Devices with a problem from WMI's Win32_PnPEntity (<c>Name</c>, <c>Description</c>, <c>DeviceID</c>,
/// <c>PNPClass</c>, <c>ConfigManagerErrorCode</c>, <c>Manufacturer</c>).</summary>
public static class DeviceFacts
{
    /// <summary>The device, or <see langword="null"/> when it has no problem (code 0) or no id. A device without a
    /// driver often has no name yet: Device Manager then shows its description, and so does this.</summary>
    public static DeviceProblem? Read(CimRecord device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Number("ConfigManagerErrorCode") is not (> 0 and var code) || device.Text("DeviceID") is not { } id)
        {
            return null;
        }

        return new DeviceProblem
        {
            Name = device.Text("Name") ?? device.Text("Description") ?? id,
            DeviceId = id,
            Class = device.Text("PNPClass"),
            ProblemCode = (int)code,
            Manufacturer = device.Text("Manufacturer"),
        };
    }
}
