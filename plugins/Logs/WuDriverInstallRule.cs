using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A driver update that Windows Update could not install, with the device it was for and the update: the driver
/// stack's "Error Installing PnP Driver pci\ven_10de&amp;dev_1b81" (0x800F024B) and the handler's "Driver Install
/// of {update} on pci\ven_10de&amp;dev_1b81 (mapping to error 8024200B)". Both lines are one finding, placed at the
/// first; a device is reported once however often the agent retries it.
/// </summary>
[ExportLogRule(Id, "Driver updates that failed to install, with the device and the update", LogKind.WindowsUpdate, Markers = new[] { "*FAILED* [" })]
public sealed class WuDriverInstallRule : ILogRule
{
    public const string Id = "wu.driver-install";

    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);
    private (LogEntry Entry, string Device, uint Code)? _pnp;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var text = Words.FirstLine(entry.Text.AsSpan());
        if (!WuDriverInstall.IsDriverLine(entry.Component, text) || !HResult.TryFindBracketed(text, out var code))
        {
            return;
        }

        if (Words.After(text, WuDriverInstall.PnpDriver) is { } pnpDevice)
        {
            Flush(findings);
            _pnp = (entry, pnpDevice, code);
            return;
        }

        if (!text.Contains(WuDriverInstall.InstallOf, StringComparison.Ordinal))
        {
            return;
        }

        var update = Words.Between(text, WuDriverInstall.InstallOf, " on ")?.Trim('{', '}');
        var device = Words.Between(text, " on ", " (mapping") ?? Words.After(text, " on ") ?? "";
        var first = _pnp is { } pnp && pnp.Device.Equals(device, StringComparison.OrdinalIgnoreCase) ? pnp.Entry : entry;
        if (_pnp is { } other && !other.Device.Equals(device, StringComparison.OrdinalIgnoreCase))
        {
            Flush(findings);
        }

        _pnp = null;
        Report(findings, first, device, code, update, WuDriverInstall.MappedCode(text));
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Flush(findings);
    }

    private void Flush(IFindingSink findings)
    {
        if (_pnp is { } pnp)
        {
            _pnp = null;
            Report(findings, pnp.Entry, pnp.Device, pnp.Code, null, null);
        }
    }

    private void Report(IFindingSink findings, LogEntry entry, string device, uint code, string? update, uint? mapped)
    {
        if (device.Length == 0 || !_reported.Add(device))
        {
            return;
        }

        var summary = update is null
            ? Strings.FormatWuDriverInstallFailed(device, HResult.Format(code))
            : Strings.FormatWuDriverUpdateFailed(update, device, HResult.Format(code), HResult.Format(mapped ?? code));
        findings.Add(Findings.Of(FindingSeverity.Failure, Id, summary, entry, code, device));
    }
}
