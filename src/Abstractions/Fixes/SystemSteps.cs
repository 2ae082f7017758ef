namespace WuToolkit.Abstractions.Fixes;

/// <summary>Creates a System Restore point, as a safety net before the steps that follow. It cannot be undone, and
/// nothing needs undoing: a restore point changes nothing the user works with.</summary>
public sealed record CreateRestorePointStep : FixStep
{
    /// <summary>The restore point's description, as System Restore lists it.</summary>
    public required string Description { get; init; }

    /// <inheritdoc />
    public override bool IsReversible => false;

    internal override void BelongsToTheSdk()
    {
    }
}
