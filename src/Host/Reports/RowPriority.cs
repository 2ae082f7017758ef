namespace WuToolkit.Host.Reports;

/// <summary>Which machines a short view shows first: the worst verdict, then the most failing checks, then by name.</summary>
public sealed class RowPriority : IComparer<MachineRow>
{
    public static RowPriority Instance { get; } = new();

    /// <summary>Negative when <paramref name="x"/> should be shown before <paramref name="y"/>.</summary>
    public int Compare(MachineRow? x, MachineRow? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        var order = x.Verdict.CompareTo(y.Verdict);
        if (order == 0)
        {
            order = y.FailingChecks.Count.CompareTo(x.FailingChecks.Count);
        }

        if (order == 0)
        {
            order = y.WarningChecks.Count.CompareTo(x.WarningChecks.Count);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Identity, y.Identity);
    }
}

/// <summary>The <c>count</c> machines to show first, kept as rows arrive: never more than that many in memory.</summary>
public sealed class WorstRows(int count)
{
    // The queue's head is the row that would be shown last, the first to drop when a worse one comes.
    private readonly PriorityQueue<MachineRow, MachineRow> _kept = new(Comparer<MachineRow>.Create((a, b) => RowPriority.Instance.Compare(b, a)));

    public void Offer(MachineRow row)
    {
        if (count <= 0)
        {
            return;
        }

        if (_kept.Count < count)
        {
            _kept.Enqueue(row, row);
        }
        else if (RowPriority.Instance.Compare(row, _kept.Peek()) < 0)
        {
            _kept.DequeueEnqueue(row, row);
        }
    }

    /// <summary>The kept rows, the one to show first first.</summary>
    public IReadOnlyList<MachineRow> Ordered() =>
        _kept.UnorderedItems.Select(item => item.Element).Order(RowPriority.Instance).ToList();
}
