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
/// <param name="Server">The server asked.</param>
/// <param name="Offset">Machine time minus server time; positive when the machine is ahead.</param>
/// <param name="RoundTrip">The network round trip of the measurement.</param>
public sealed record ClockOffset(string Server, TimeSpan Offset, TimeSpan RoundTrip);
