using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Logs.Sources;

/// <summary>
/// The logs a PC keeps outside files, asked of a machine: the update client's event channel and the values SetupDiag
/// left in the registry. Asked through the machine interface, so the same sources come from the live PC, are
/// recorded by <c>wutk collect</c> and are answered again from a snapshot. A question the machine cannot answer (not
/// Windows, not in the snapshot) gives a source that records why, so the analysis says it is incomplete.
/// </summary>
public static class MachineLogSources
{
    /// <summary>The event channel of the Windows Update client.</summary>
    public const string UpdateClientChannel = "Microsoft-Windows-WindowsUpdateClient/Operational";

    /// <summary>Where SetupDiag writes its verdict when run without <c>/RegPath</c>.</summary>
    public const string SetupDiagKey = @"HKLM\SYSTEM\Setup\MoSetup\Volatile\SetupDiag";

    /// <summary>
    /// How many of the newest events of a channel are read (and recorded in a snapshot): the channel's default size
    /// holds a few weeks of update activity in about this many events, and at a few hundred bytes each they keep a
    /// snapshot around a megabyte.
    /// </summary>
    public const int MaxEvents = 2_000;

    /// <summary>Both sources, events first.</summary>
    public static async Task<IReadOnlyList<LogSource>> AskAsync(IMachine machine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(machine);
        return
        [
            await UpdateClientEventsAsync(machine, cancellationToken).ConfigureAwait(false),
            await SetupDiagValuesAsync(machine, cancellationToken).ConfigureAwait(false),
        ];
    }

    /// <summary>The newest <see cref="MaxEvents"/> events of <see cref="UpdateClientChannel"/>, as <see cref="MachineLogEntries.FromEvents"/> maps them.</summary>
    public static async Task<LogSource> UpdateClientEventsAsync(IMachine machine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(machine);
        try
        {
            var events = await machine.EventLog.GetEventsAsync(UpdateClientChannel, MaxEvents, cancellationToken).ConfigureAwait(false);
            return LogSource.FromEntries(UpdateClientChannel, LogKind.EventLog, MachineLogEntries.FromEvents(UpdateClientChannel, events));
        }
        catch (QuestionUnansweredException ex)
        {
            return LogSource.Unreadable(UpdateClientChannel, OneLine(ex));
        }
    }

    /// <summary>The values of <see cref="SetupDiagKey"/> (none when the key does not exist), as <see cref="MachineLogEntries.FromSetupDiagValues"/> maps them.</summary>
    public static async Task<LogSource> SetupDiagValuesAsync(IMachine machine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(machine);
        try
        {
            var values = await machine.Registry.GetValuesAsync(SetupDiagKey, cancellationToken).ConfigureAwait(false);
            return LogSource.FromEntries(SetupDiagKey, LogKind.SetupDiag, MachineLogEntries.FromSetupDiagValues(SetupDiagKey, values ?? []));
        }
        catch (QuestionUnansweredException ex)
        {
            return LogSource.Unreadable(SetupDiagKey, OneLine(ex));
        }
    }

    private static string OneLine(QuestionUnansweredException ex) => ex.Message.ReplaceLineEndings(" ");
}
