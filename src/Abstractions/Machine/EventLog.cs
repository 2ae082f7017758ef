namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions about the Windows event log. Each has a default that answers "not available", as every question
/// added to the machine interface does, so a machine written before it keeps working.</summary>
public interface IEventLogQueries
{
    /// <summary>The newest events of a channel, oldest first; empty when the channel exists but holds none.</summary>
    /// <param name="channel">Such as <c>Microsoft-Windows-WindowsUpdateClient/Operational</c>.</param>
    /// <param name="maxEvents">At most this many of the newest events.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    /// <exception cref="QuestionUnansweredException">The channel does not exist or cannot be read here.</exception>
    Task<IReadOnlyList<EventRecordInfo>> GetEventsAsync(string channel, int maxEvents, CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable($"events/{channel}");
}

/// <summary>One event as the event log holds it: the language-neutral facts, and the message as Windows formats it.</summary>
public sealed record EventRecordInfo
{
    /// <summary>The channel, such as <c>Microsoft-Windows-WindowsUpdateClient/Operational</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The provider, such as <c>Microsoft-Windows-WindowsUpdateClient</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>The event id, such as 20 (an installation failure).</summary>
    public required int EventId { get; init; }

    /// <summary>The level number: 1 critical, 2 error, 3 warning, 4 information, 5 verbose (0 means information).</summary>
    public int Level { get; init; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset? TimeCreated { get; init; }

    /// <summary>The event's position in its channel.</summary>
    public long RecordId { get; init; }

    /// <summary>The message in the PC's language, or <see langword="null"/> when it could not be formatted.</summary>
    public string? Message { get; init; }

    /// <summary>The event's named data (<c>errorCode</c>, <c>updateTitle</c>, …), as text.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
}
