namespace WuToolkit.Testing;

/// <summary>An assertion of the test kit (<see cref="ResultAssert"/>, <see cref="PlanAssert"/>, <see cref="StateAssert"/>)
/// did not hold. A plain exception, so that NUnit, xUnit and MSTest all fail the test and show its message, which says
/// what was expected and what there was.</summary>
public sealed class AssertionFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AssertionFailedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public AssertionFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public AssertionFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
