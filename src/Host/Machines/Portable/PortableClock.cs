using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>The local clock, and its offset against an NTP server measured with SNTP.</summary>
internal sealed class PortableClock(TimeProvider time) : IClockQueries
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);

    public Task<DateTimeOffset> GetUtcNowAsync(CancellationToken cancellationToken) => Task.FromResult(time.GetUtcNow());

    public async Task<ClockOffset> GetOffsetAsync(string server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var (host, port) = SntpClient.ParseServer(server);
        try
        {
            var measurement = await SntpClient.QueryAsync(host, port, time, QueryTimeout, cancellationToken).ConfigureAwait(false);
            return new ClockOffset { Server = server, Offset = measurement.Offset, RoundTrip = measurement.RoundTrip };
        }
        catch (SntpException ex)
        {
            throw new QuestionUnansweredException($"clockOffsets/{server}", Strings.FormatTimeServerNoAnswer(server, ex.Message));
        }
    }
}
