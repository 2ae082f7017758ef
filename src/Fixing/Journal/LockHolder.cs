namespace WuToolkit.Fixing.Journal;

/// <summary>Who holds the <see cref="MachineLock"/>, as the holder wrote it down; a member is <see langword="null"/>
/// when it is not known (the holder had not written it yet, or could not).</summary>
public sealed record LockHolder(int? ProcessId, string? Command, DateTimeOffset? SinceUtc)
{
    /// <summary>Nothing known about the holder.</summary>
    public static LockHolder Unknown { get; } = new(null, null, null);

    /// <summary>This process, running <paramref name="command"/> since <paramref name="sinceUtc"/>.</summary>
    public static LockHolder ThisProcess(string command, DateTimeOffset sinceUtc) => new(Environment.ProcessId, command, sinceUtc);
}
