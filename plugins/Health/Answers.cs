using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Health;

/// <summary>A fact a check can decide without: answered (possibly with <see langword="null"/>, "does not exist") or not.</summary>
/// <typeparam name="T">The answer's type.</typeparam>
internal readonly record struct Answer<T>(bool IsKnown, T? Value)
{
    public static Answer<T> Unknown => new(false, default);
}

/// <summary>Asks the questions a check only uses as supporting evidence. The question a verdict rests on is asked
/// directly, so that a machine that cannot answer it makes the check Skipped; these may go unanswered (a snapshot that
/// did not record them, a question Linux cannot answer) and the check still decides, saying the fact is unknown.</summary>
internal static class Answers
{
    /// <summary>The answer, or <see cref="Answer{T}.Unknown"/> when the machine cannot give it. Takes a function because
    /// a question may refuse before it returns a task (the SDK's defaults throw at once).</summary>
    public static async Task<Answer<T>> AskAsync<T>(Func<Task<T>> question)
    {
        try
        {
            return new Answer<T>(true, await question().ConfigureAwait(false));
        }
        catch (QuestionUnansweredException)
        {
            return Answer<T>.Unknown;
        }
    }
}
