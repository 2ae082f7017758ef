using System.Runtime.InteropServices;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>The answer of the portable machine to a question only Windows APIs can answer.</summary>
internal static class Unanswerable
{
    public static QuestionUnansweredException WindowsOnly(string question) =>
        new(question, OperatingSystem.IsWindows()
            ? Strings.NotYetOnWindows
            : Strings.FormatWindowsOnly(RuntimeInformation.OSDescription));

    public static Task<T> WindowsOnlyAsync<T>(string question) => Task.FromException<T>(WindowsOnly(question));

    /// <summary>A question about a fact that exists only on Windows (a licence, BitLocker, Device Manager): the reason
    /// names the fact, so a Skipped row reads "only Windows knows whether BitLocker protects the system volume, and this
    /// is Debian GNU/Linux 12 (bookworm)" rather than a bare "not available".</summary>
    /// <param name="question">The question, as a snapshot names it (<c>systemVolumeEncryption</c>).</param>
    /// <param name="fact">What only Windows knows, completing "only Windows knows …".</param>
    public static Task<T> WindowsFactAsync<T>(string question, string fact) =>
        Task.FromException<T>(new QuestionUnansweredException(question, OperatingSystem.IsWindows()
            ? Strings.NotYetOnWindows
            : PortableStrings.FormatOnlyWindowsKnows(fact, RuntimeInformation.OSDescription)));
}
