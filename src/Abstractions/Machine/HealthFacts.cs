namespace WuToolkit.Abstractions.Machine;

/// <summary>Which answer about the component store is wanted.</summary>
public enum ComponentStoreScan
{
    /// <summary>The verdict of the last scan or repair the servicing logs record (fast).</summary>
    LastKnown,

    /// <summary>A new <c>DISM /Online /Cleanup-Image /ScanHealth</c> run (minutes; needs elevation).</summary>
    ScanHealth,
}

/// <summary>The component store's health.</summary>
public enum ComponentStoreVerdict
{
    /// <summary>No corruption found.</summary>
    Healthy,

    /// <summary>Corruption found that a repair (<c>DISM /RestoreHealth</c>) can fix.</summary>
    Repairable,

    /// <summary>Corruption found and repaired.</summary>
    Repaired,

    /// <summary>Corruption found that could not be repaired.</summary>
    NotRepairable,

    /// <summary>No scan on record.</summary>
    Unknown,
}

/// <summary>What is known of the component store's health.</summary>
public sealed record ComponentStoreState
{
    /// <summary>The verdict.</summary>
    public required ComponentStoreVerdict Verdict { get; init; }

    /// <summary>Where it comes from, such as <c>CBS.log</c> or <c>DISM /ScanHealth</c>.</summary>
    public required string Source { get; init; }

    /// <summary>When that scan ran, when known.</summary>
    public DateTimeOffset? ScannedUtc { get; init; }

    /// <summary>The tool's own words or exit code, when there are any.</summary>
    public string? Detail { get; init; }
}

/// <summary>System protection and its restore points.</summary>
public sealed record RestoreInfo
{
    /// <summary>Whether system protection is on for the system volume; <see langword="null"/> when unknown.</summary>
    public bool? ProtectionEnabled { get; init; }

    /// <summary>The restore points, newest first.</summary>
    public IReadOnlyList<RestorePointInfo> Points { get; init; } = [];
}

/// <summary>One restore point.</summary>
public sealed record RestorePointInfo
{
    /// <summary>When it was made.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>Such as <c>Windows Modules Installer</c>.</summary>
    public required string Description { get; init; }
}

/// <summary>A device that Windows reports a problem with (Device Manager's yellow mark).</summary>
public sealed record DeviceProblem
{
    /// <summary>Such as <c>PCI Simple Communications Controller</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The device instance id, such as <c>PCI\VEN_8086&amp;DEV_9D3A…</c>.</summary>
    public required string DeviceId { get; init; }

    /// <summary>The device class, such as <c>Display</c>, when known.</summary>
    public string? Class { get; init; }

    /// <summary>The configuration manager's problem code, never 0 here (28: no driver, 10: cannot start, 43: stopped
    /// after reporting problems, 22: disabled).</summary>
    public required int ProblemCode { get; init; }

    /// <summary>The driver's manufacturer, when known.</summary>
    public string? Manufacturer { get; init; }
}

/// <summary>What a security product does.</summary>
public enum SecurityProductKind
{
    /// <summary>Antivirus.</summary>
    Antivirus,

    /// <summary>Antispyware.</summary>
    Antispyware,

    /// <summary>Firewall.</summary>
    Firewall,
}

/// <summary>A security product registered with Windows Security Center.</summary>
public sealed record SecurityProductInfo
{
    /// <summary>Such as <c>Microsoft Defender Antivirus</c> or <c>McAfee Total Protection</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What it does.</summary>
    public required SecurityProductKind Kind { get; init; }

    /// <summary>Whether it is turned on.</summary>
    public required bool Enabled { get; init; }

    /// <summary>Whether its definitions are current; <see langword="null"/> when not reported.</summary>
    public bool? UpToDate { get; init; }

    /// <summary>The program that reports its state, when known.</summary>
    public string? ExecutablePath { get; init; }
}

/// <summary>A program that starts with Windows or at sign-in.</summary>
public sealed record StartupItemInfo
{
    /// <summary>Its name, such as <c>OneDrive</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The command it runs.</summary>
    public required string Command { get; init; }

    /// <summary>Where it is registered, such as <c>HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run</c> or <c>Startup</c>.</summary>
    public required string Location { get; init; }

    /// <summary>The user it starts for, or <see langword="null"/> for everyone.</summary>
    public string? User { get; init; }
}
