namespace WuToolkit.Abstractions.Machine;

/// <summary>The Windows licence state, as the Software Licensing service reports it.</summary>
public enum LicenseStatus
{
    /// <summary>No licence: Windows runs in reduced functionality.</summary>
    Unlicensed,

    /// <summary>Activated.</summary>
    Licensed,

    /// <summary>The grace period after installation, before activation.</summary>
    OutOfBoxGrace,

    /// <summary>The grace period after a hardware change.</summary>
    OutOfToleranceGrace,

    /// <summary>The grace period after a genuine-validation failure.</summary>
    NonGenuineGrace,

    /// <summary>Not activated, past every grace period: Windows reminds the user to activate.</summary>
    Notification,

    /// <summary>An extended grace period.</summary>
    ExtendedGrace,
}

/// <summary>The licence of the installed Windows.</summary>
public sealed record LicenseInfo
{
    /// <summary>The licence state.</summary>
    public required LicenseStatus Status { get; init; }

    /// <summary>The licensed product, such as <c>Windows(R), Professional edition</c>.</summary>
    public string? ProductName { get; init; }

    /// <summary>The licence channel as described, such as <c>Windows(R) Operating System, RETAIL channel</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>Whether this is an evaluation copy, which cannot be activated and expires.</summary>
    public bool Evaluation { get; init; }

    /// <summary>Time left in a grace period or before an evaluation expires, when there is one.</summary>
    public TimeSpan? GraceRemaining { get; init; }
}
