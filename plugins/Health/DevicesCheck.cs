using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;
using static WuToolkit.Plugins.Health.DeviceProblemCodes;

namespace WuToolkit.Plugins.Health;

/// <summary>A feature upgrade carries the drivers over or replaces them, and setup rolls back when a display, storage
/// or network driver does not start on the new system: the guide asks for working, current drivers first. Whether the
/// display driver is new enough for Windows 11 (WDDM 2.0, DirectX 12) is the upgrade requirements' question, not this
/// check's, so that it is reported once.</summary>
[ExportCheck("health.devices", "Devices with driver problems", Scenario = Scenario.Both, Tags = ["health", "devices", "drivers"],
    Description = "Lists devices with a Device Manager problem code and what it means: a missing or failing driver on a display, storage or network device fails (setup and updates depend on them), on other devices it warns; disabled and disconnected devices are normal.")]
public sealed class DevicesCheck : ICheck
{
    /// <summary>Device classes an upgrade cannot do without: it rolls back when they do not start on the new system.</summary>
    private static readonly string[] EssentialClasses = ["Display", "DiskDrive", "SCSIAdapter", "HDC", "Net"];

    /// <summary>Enumerators of software and radio devices (VPN adapters, Bluetooth links): an update or an upgrade does
    /// not depend on them even in an essential class.</summary>
    private static readonly string[] SoftwareEnumerators = [@"ROOT\", @"SWD\", @"BTH", @"BTHENUM\"];

    /// <summary>Devices described one by one; the rest are counted.</summary>
    private const int Described = 20;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var devices = await context.Machine.System.GetProblemDevicesAsync(cancellationToken).ConfigureAwait(false);
        var problems = devices.Where(device => device.ProblemCode != 0 && WeightOf(device.ProblemCode) != Weight.Benign).ToList();
        var essential = problems.Where(IsEssential).ToList();
        var benign = devices.Where(device => WeightOf(device.ProblemCode) == Weight.Benign).ToList();

        var evidence = new List<Evidence>
        {
            new("problemDevices", problems.Count.ToString(CultureInfo.InvariantCulture)),
            new("disabledOrDisconnected", benign.Count.ToString(CultureInfo.InvariantCulture)),
        };
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var device in problems.OrderByDescending(IsEssential).Take(Described))
        {
            evidence.Add(new(UniqueName(names, device.Name), Describe(device)));
        }

        if (problems.Count > Described)
        {
            evidence.Add(new("problemDevicesNotDescribed", (problems.Count - Described).ToString(CultureInfo.InvariantCulture)));
        }

        if (problems.Count == 0)
        {
            var summary = benign.Count == 0 ? Strings.DevicesOk : Strings.FormatDevicesOkWithDisabled(benign.Count);
            return new CheckResult { Status = CheckStatus.Pass, Summary = summary, Evidence = evidence };
        }

        var listed = string.Join(Strings.ClauseSeparator, problems.OrderByDescending(IsEssential).Take(3).Select(Short));
        if (problems.Count > 3)
        {
            listed = Strings.FormatAndMore(listed, problems.Count - 3);
        }

        return essential.Count > 0
            ? CheckResult.Fail(Strings.FormatDevicesEssentialProblem(listed), evidence)
            : CheckResult.Warn(problems.All(device => WeightOf(device.ProblemCode) == Weight.Transient)
                ? Strings.FormatDevicesRestartNeeded(listed)
                : Strings.FormatDevicesProblem(listed), evidence);
    }

    /// <summary>A driver problem on a physical display, storage or network device.</summary>
    private static bool IsEssential(DeviceProblem device) =>
        WeightOf(device.ProblemCode) == Weight.DriverProblem
        && device.Class is { } deviceClass
        && EssentialClasses.Contains(deviceClass, StringComparer.OrdinalIgnoreCase)
        && !SoftwareEnumerators.Any(prefix => device.DeviceId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static string Short(DeviceProblem device) =>
        Strings.FormatDeviceShort(device.Name, device.ProblemCode, Meaning(device.ProblemCode));

    private static string Describe(DeviceProblem device) =>
        Strings.FormatDeviceEvidence(device.ProblemCode, Meaning(device.ProblemCode), device.Class ?? Strings.ClassUnknown, device.DeviceId);

    private static string UniqueName(HashSet<string> taken, string name)
    {
        var stem = string.IsNullOrWhiteSpace(name) ? Strings.UnnamedDevice : name.Trim();
        var key = stem;
        for (var n = 2; !taken.Add(key); n++)
        {
            key = $"{stem} ({n})";
        }

        return key;
    }
}
