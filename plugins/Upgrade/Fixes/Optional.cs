using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade.Fixes;

/// <summary>An answer a plan can do without (a snapshot that never recorded it): known, or not.</summary>
/// <typeparam name="T">The answer's type.</typeparam>
internal readonly record struct Optional<T>(bool IsKnown, T? Value);

/// <summary>Asks a question whose answer only refines a plan; the question a plan rests on is asked directly, so that a
/// machine that cannot answer it cannot be planned for.</summary>
internal static class Optional
{
    /// <summary>The answer, or an unknown one. Takes a function because a question may refuse before it returns a task.</summary>
    public static async Task<Optional<T>> AskAsync<T>(Func<Task<T>> question)
    {
        try
        {
            return new Optional<T>(true, await question().ConfigureAwait(false));
        }
        catch (QuestionUnansweredException)
        {
            return new Optional<T>(false, default);
        }
    }
}
