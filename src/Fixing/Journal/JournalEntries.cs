using System.Text.Json.Serialization;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Fixing.Journal;

/// <summary>One line of a journal (docs/schemas/journal-v1.schema.json). Entries are only ever added, so a journal read
/// at any moment, even after a crash, says how far a fix got.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(JournalBegun), "begin")]
[JsonDerivedType(typeof(StepPrepared), "prepared")]
[JsonDerivedType(typeof(StepFinished), "finished")]
[JsonDerivedType(typeof(RollbackBegun), "rollback")]
[JsonDerivedType(typeof(UndoBegun), "undo")]
[JsonDerivedType(typeof(StepUndoing), "undoing")]
[JsonDerivedType(typeof(StepUndone), "undone")]
[JsonDerivedType(typeof(JournalEnded), "end")]
[JsonDerivedType(typeof(MovedAsideDeleted), "deleted")]
internal abstract record JournalEntry
{
    public DateTimeOffset AtUtc { get; init; }
}

/// <summary>The first line: what is applied, to which PC, and the whole plan.</summary>
internal sealed record JournalBegun : JournalEntry
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public required string Journal { get; init; }

    public required string Fix { get; init; }

    public string Title { get; init; } = "";

    public string Machine { get; init; } = "";

    public string ToolVersion { get; init; } = "";

    public IReadOnlyList<string> ManagedBy { get; init; } = [];

    public required IReadOnlyList<FixStep> Steps { get; init; }
}

/// <summary>Written before a step runs: what undoing it needs.</summary>
internal sealed record StepPrepared : JournalEntry
{
    public required int Step { get; init; }

    public required StepBefore Before { get; init; }
}

/// <summary>Written after a step ran.</summary>
internal sealed record StepFinished : JournalEntry
{
    public required int Step { get; init; }

    public required StepRunState Status { get; init; }

    public string Message { get; init; } = "";

    public int? ExitCode { get; init; }
}

/// <summary>The engine starts rolling back.</summary>
internal sealed record RollbackBegun : JournalEntry
{
    public required RollbackCause Cause { get; init; }

    public string Message { get; init; } = "";
}

/// <summary>Someone asked to undo the journal (<c>wutk undo</c>).</summary>
internal sealed record UndoBegun : JournalEntry;

/// <summary>Written before a step is undone.</summary>
internal sealed record StepUndoing : JournalEntry
{
    public required int Step { get; init; }
}

/// <summary>Written after a step was undone (or found to need nothing).</summary>
internal sealed record StepUndone : JournalEntry
{
    public required int Step { get; init; }

    public required StepUndoState Status { get; init; }

    public string Message { get; init; } = "";
}

/// <summary>The last line of an application, a rollback or an undo.</summary>
internal sealed record JournalEnded : JournalEntry
{
    public required JournalState State { get; init; }
}

/// <summary>What a rename moved aside was deleted, as the user asked (<c>wutk cleanup</c>).</summary>
internal sealed record MovedAsideDeleted : JournalEntry
{
    public required int Step { get; init; }

    public required string Path { get; init; }
}

/// <summary>What a step found before it ran (the journal's form of <see cref="PreparedStep"/>, without the step).</summary>
internal sealed record StepBefore
{
    public bool Existed { get; init; }

    public ServiceState? ServiceState { get; init; }

    public ServiceStartType? StartType { get; init; }

    public string? MoveTo { get; init; }

    public RegistryValue? RegistryValue { get; init; }

    public string? SecurityDescriptor { get; init; }

    public bool RegistryKeyExisted { get; init; } = true;

    public static StepBefore From(PreparedStep prepared) => new()
    {
        Existed = prepared.Existed,
        ServiceState = prepared.ServiceState,
        StartType = prepared.StartType,
        MoveTo = prepared.MoveTo,
        RegistryValue = prepared.RegistryValue,
        SecurityDescriptor = prepared.SecurityDescriptor,
        RegistryKeyExisted = prepared.RegistryKeyExisted,
    };

    public PreparedStep For(FixStep step) => new()
    {
        Step = step,
        Existed = Existed,
        ServiceState = ServiceState,
        StartType = StartType,
        MoveTo = MoveTo,
        RegistryValue = RegistryValue,
        SecurityDescriptor = SecurityDescriptor,
        RegistryKeyExisted = RegistryKeyExisted,
    };
}
