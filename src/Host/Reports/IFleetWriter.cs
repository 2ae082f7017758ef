namespace WuToolkit.Host.Reports;

/// <summary>One output format of <c>wutk report</c>. Rows arrive one at a time as results are read; the tally comes
/// last. A writer keeps no more of the rows than its format needs.</summary>
public interface IFleetWriter
{
    Task RowAsync(MachineRow row, CancellationToken cancellationToken);

    Task EndAsync(FleetTally tally, CancellationToken cancellationToken);
}
