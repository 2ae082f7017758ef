namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions about the machine's clock.</summary>
public interface IClockQueries
{
    /// <summary>The machine's current time. For a snapshot, the time it was collected, so that ages
    /// (such as "last download 3 days ago") are judged as they stood then.</summary>
    Task<DateTimeOffset> GetUtcNowAsync(CancellationToken cancellationToken);

    /// <summary>How far the machine's clock is from a time server (positive: the machine is ahead).</summary>
    /// <param name="server">Host name or address of an NTP server, optionally with <c>:port</c>.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    Task<ClockOffset> GetOffsetAsync(string server, CancellationToken cancellationToken);
}

/// <summary>The difference between the machine's clock and a time server.</summary>
public sealed record ClockOffset
{
    /// <summary>The server asked.</summary>
    public required string Server { get; init; }

    /// <summary>Machine time minus server time; positive when the machine is ahead.</summary>
    public required TimeSpan Offset { get; init; }

    /// <summary>The network round trip of the measurement.</summary>
    public TimeSpan RoundTrip { get; init; }
}
