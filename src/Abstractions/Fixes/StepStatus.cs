namespace WuToolkit.Abstractions.Fixes;

/// <summary>How one step ended.</summary>
public enum StepStatus
{
    /// <summary>The step changed the PC.</summary>
    Done,

    /// <summary>Nothing to change: already so (a service already stopped), or not here (a service this Windows does
    /// not have). Not an error: the plan goes on.</summary>
    Unchanged,

    /// <summary>The step could not be done (a service that would not stop, a folder in use); the PC is as it was, and
    /// the engine rolls back what ran before it.</summary>
    Failed,
}
