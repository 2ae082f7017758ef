namespace WuToolkit.Testing.Simulation;

/// <summary>The process driving a <see cref="SimulatedPc"/> died (<see cref="Fault.CrashesAfter"/>): nothing it asks or
/// runs reaches the PC any more, so whatever a fix engine under test does after it (a rollback, too) changes nothing,
/// as after a real crash. The test then restarts the PC (<see cref="SimulatedPc.Restart"/>) and undoes from the
/// journal.</summary>
public sealed class SimulatedCrashException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SimulatedCrashException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SimulatedCrashException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
