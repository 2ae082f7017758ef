using WuToolkit.Abstractions.Resources;

namespace WuToolkit.Abstractions.Machine;

/// <summary>
/// This machine cannot answer a question: it is Windows-only and this is not Windows, a snapshot did not
/// record it, the machine was built before the question existed, or the facts are out of reach. The host turns
/// it into a Skipped result carrying <see cref="Reason"/>. It is never a guess: a machine that does not know says so.
/// </summary>
public sealed class QuestionUnansweredException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="question">The question, such as <c>services/wuauserv</c>.</param>
    /// <param name="reason">Why there is no answer, in words for the user.</param>
    public QuestionUnansweredException(string question, string reason)
        : base($"{question}: {reason}")
    {
        Question = question;
        Reason = reason;
    }

    /// <summary>The question that was asked, such as <c>services/wuauserv</c>.</summary>
    public string Question { get; }

    /// <summary>Why there is no answer.</summary>
    public string Reason { get; }

    /// <summary>
    /// The answer of a machine that does not know the question at all: the default of every question added to the
    /// SDK after 1.0, so that a machine written against an earlier 1.x keeps compiling and loading, and the checks that
    /// ask it are Skipped rather than broken.
    /// </summary>
    public static QuestionUnansweredException NotAvailable(string question) => new(question, SdkStrings.NotAvailableHere);
}
