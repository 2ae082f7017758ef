using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>Stops a service (undo: start it again if it was running). A service this Windows does not have is skipped.</summary>
public sealed record StopServiceStep : FixStep
{
    /// <summary>Short name, such as <c>wuauserv</c>.</summary>
    public required string ServiceName { get; init; }

    /// <summary>How long to wait for the service to get there; <see langword="null"/> for the host's default (a minute).
    /// A service still not there by then fails the step, and nothing after it runs.</summary>
    public TimeSpan? Timeout { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}

/// <summary>Starts a service (undo: stop it again if it was stopped). A service this Windows does not have is skipped.</summary>
public sealed record StartServiceStep : FixStep
{
    /// <summary>Short name, such as <c>wuauserv</c>.</summary>
    public required string ServiceName { get; init; }

    /// <summary>How long to wait for the service to get there; <see langword="null"/> for the host's default (a minute).
    /// A service still not there by then fails the step, and nothing after it runs.</summary>
    public TimeSpan? Timeout { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}

/// <summary>Sets a service's start type (undo: restore the previous one).</summary>
public sealed record SetServiceStartTypeStep : FixStep
{
    /// <summary>Short name, such as <c>wuauserv</c>.</summary>
    public required string ServiceName { get; init; }

    /// <summary>The new start type.</summary>
    public required ServiceStartType StartType { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}

/// <summary>Sets a service's security descriptor, as <c>sc.exe sdset</c> does (undo: restore the previous descriptor,
/// which the journal keeps).</summary>
public sealed record SetServiceSecurityStep : FixStep
{
    /// <summary>Short name, such as <c>bits</c>.</summary>
    public required string ServiceName { get; init; }

    /// <summary>The new descriptor in SDDL, such as <c>D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)…</c>.</summary>
    public required string Sddl { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}
