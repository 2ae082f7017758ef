using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>What keeps a service from stopping, in a sentence: the services that depend on it and still run, and the
/// process it lives in with the other services there (a shared svchost).</summary>
internal static class ServiceHolders
{
    public static string Describe(IReadOnlyList<string> runningDependents, string? processName, int? processId, IReadOnlyList<string> sharing)
    {
        ArgumentNullException.ThrowIfNull(runningDependents);
        ArgumentNullException.ThrowIfNull(sharing);
        var parts = new List<string>();
        if (runningDependents.Count > 0)
        {
            parts.Add(StepStrings.FormatHeldByDependents(string.Join(", ", runningDependents)));
        }

        if (processId is { } id && id > 0)
        {
            parts.Add(sharing.Count > 0
                ? StepStrings.FormatHeldByProcessShared(processName ?? "?", id, string.Join(", ", sharing))
                : StepStrings.FormatHeldByProcess(processName ?? "?", id));
        }

        return parts.Count == 0 ? StepStrings.HeldByUnknown : string.Join("; ", parts);
    }
}
