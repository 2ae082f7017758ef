namespace WuToolkit.Abstractions.Fixes;

/// <summary>
/// One typed step of a <see cref="FixPlan"/>. The steps are a closed set defined here: the host knows how to show,
/// journal, run, verify and undo each kind, so a plugin cannot add a step the host would run blind. A later 1.x
/// may add kinds; a host meets a kind it does not know only if the plugin is newer than the host, which it refuses.
/// </summary>
public abstract record FixStep
{
    private protected FixStep()
    {
    }

    /// <summary>Why the plan takes this step, in a sentence for the plan's reader; empty when the step says it all.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Whether the host can undo this step.</summary>
    public virtual bool IsReversible => true;

    /// <summary>Keeps the set closed: a type outside the SDK cannot implement this, so it cannot derive a step.</summary>
    internal abstract void BelongsToTheSdk();
}
