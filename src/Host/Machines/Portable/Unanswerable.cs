using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>The answer of the portable machine to a question only Windows APIs can answer.</summary>
internal static class Unanswerable
{
    public static QuestionUnansweredException WindowsOnly(string question) =>
        new(question, OperatingSystem.IsWindows()
            ? Strings.NotYetOnWindows
            : Strings.FormatWindowsOnly(System.Runtime.InteropServices.RuntimeInformation.OSDescription));

    public static Task<T> WindowsOnlyAsync<T>(string question) => Task.FromException<T>(WindowsOnly(question));
}
