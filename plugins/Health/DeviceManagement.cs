using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Health;

/// <summary>Management beside Group Policy: an MDM enrollment (Intune: ProviderID <c>MS DM Server</c>) with the update
/// policies it pushed, and the Configuration Manager client. Each part may be unknown.</summary>
/// <param name="MdmUpdatePolicies">The update policies an MDM server set (value names), or unknown.</param>
/// <param name="Enrolled">Whether an enrollment with Microsoft's MDM (Intune) exists, or unknown.</param>
/// <param name="ConfigMgrClient">Whether the Configuration Manager client (CcmExec) is installed, or unknown.</param>
internal sealed record DeviceManagement(Answer<IReadOnlyList<string>> MdmUpdatePolicies, Answer<bool> Enrolled, Answer<bool> ConfigMgrClient)
{
    public const string MdmUpdateKey = @"HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\Update";
    public const string EnrollmentsKey = @"HKLM\SOFTWARE\Microsoft\Enrollments";
    public const string MicrosoftMdmProvider = "MS DM Server";
    public const string ConfigMgrService = "CcmExec";

    /// <summary>Enrollments looked at: a PC has a handful; the cap keeps a damaged registry from making this slow.</summary>
    private const int MaxEnrollments = 64;

    /// <summary>The PolicyManager's bookkeeping beside each policy value, not policies of their own.</summary>
    private static readonly string[] BookkeepingSuffixes = ["_ProviderSet", "_WinningProvider", "_LastWrite"];

    public bool ManagedByMdm => Enrolled.Value || MdmUpdatePolicies.Value is { Count: > 0 };

    public static async Task<DeviceManagement> ReadAsync(IMachine machine, CancellationToken cancellationToken)
    {
        var policies = await Answers.AskAsync(() => machine.Registry.GetValuesAsync(MdmUpdateKey, cancellationToken)).ConfigureAwait(false);
        var enrolled = await EnrolledAsync(machine.Registry, cancellationToken).ConfigureAwait(false);
        var client = await Answers.AskAsync(() => machine.Services.GetAsync(ConfigMgrService, cancellationToken)).ConfigureAwait(false);
        IReadOnlyList<string> names = [.. (policies.Value ?? []).Select(value => value.Name).Where(IsPolicy).Distinct(StringComparer.OrdinalIgnoreCase)];
        return new DeviceManagement(
            policies.IsKnown ? new(true, names) : Answer<IReadOnlyList<string>>.Unknown,
            enrolled,
            client.IsKnown ? new(true, client.Value is not null) : Answer<bool>.Unknown);
    }

    private static bool IsPolicy(string name) =>
        name.Length > 0 && !BookkeepingSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether one of the enrollments is Microsoft's MDM. An enrollment whose provider cannot be read does not
    /// count; if none can be read and none is found, the answer is unknown.</summary>
    private static async Task<Answer<bool>> EnrolledAsync(IRegistryQueries registry, CancellationToken cancellationToken)
    {
        var enrollments = await Answers.AskAsync(() => registry.GetSubKeysAsync(EnrollmentsKey, cancellationToken)).ConfigureAwait(false);
        if (!enrollments.IsKnown)
        {
            return Answer<bool>.Unknown;
        }

        var looked = (enrollments.Value ?? []).Take(MaxEnrollments).ToList();
        var unread = 0;
        foreach (var enrollment in looked)
        {
            var key = $@"{EnrollmentsKey}\{enrollment}";
            var provider = await Answers.AskAsync(() => registry.GetValueAsync(key, "ProviderID", cancellationToken)).ConfigureAwait(false);
            if (!provider.IsKnown)
            {
                unread++;
            }
            else if (string.Equals(provider.Value?.Data?.Trim(), MicrosoftMdmProvider, StringComparison.OrdinalIgnoreCase))
            {
                return new(true, true);
            }
        }

        return unread > 0 && unread == looked.Count ? Answer<bool>.Unknown : new(true, false);
    }
}
