using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>Stops a service (undo: start it again if it was running).</summary>
public sealed record StopServiceStep : FixStep
{
    /// <summary>Short name, such as <c>wuauserv</c>.</summary>
    public required string ServiceName { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}

/// <summary>Starts a service (undo: stop it again if it was stopped).</summary>
public sealed record StartServiceStep : FixStep
{
    /// <summary>Short name, such as <c>wuauserv</c>.</summary>
    public required string ServiceName { get; init; }

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
