using WuToolkit.Testing.Resources;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Testing;

/// <summary>Assertions on a <see cref="SimulatedPc"/>'s state that any test framework reports.
/// <code>
/// var before = pc.State;
/// // … a fix fails half-way and is rolled back …
/// StateAssert.AreEqual(before, pc.State);
/// </code>
/// </summary>
public static class StateAssert
{
    /// <summary>The two states are the same; the message lists what differs (<c>-</c> expected, <c>+</c> found).</summary>
    public static void AreEqual(SimulatedState expected, SimulatedState actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (!expected.Equals(actual))
        {
            var indent = Environment.NewLine + "  ";
            throw new AssertionFailedException(TestingStrings.FormatStatesDiffer(indent + string.Join(indent, actual.DifferencesFrom(expected))));
        }
    }
}
