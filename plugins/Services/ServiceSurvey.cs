using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Services.Resources;

namespace WuToolkit.Plugins.Services;

/// <summary>What the update services look like on one PC, sorted by what matters: missing, disabled, the sign-in
/// assistant disabled, started automatically yet stopped, or merely not at Windows' default start type.</summary>
internal sealed record ServiceSurvey
{
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>Short names of required services that do not exist.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>"Display name (name)" of disabled services, the sign-in assistant excepted.</summary>
    public required IReadOnlyList<string> Disabled { get; init; }

    /// <summary>The Microsoft Account Sign-in Assistant, when it is disabled.</summary>
    public ServiceInfo? SignInAssistantDisabled { get; init; }

    /// <summary>"Display name (name)" of services set to start automatically that are stopped.</summary>
    public required IReadOnlyList<string> StoppedAutomatic { get; init; }

    /// <summary>Short names of services at a start type other than Windows' default (not disabled).</summary>
    public required IReadOnlyList<string> NonDefault { get; init; }

    public static async Task<ServiceSurvey> TakeAsync(IServiceQueries services, CancellationToken cancellationToken)
    {
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        var disabled = new List<string>();
        var stopped = new List<string>();
        var nonDefault = new List<string>();
        ServiceInfo? signIn = null;

        foreach (var expected in ServiceExpectation.UpdateServices)
        {
            var service = await services.GetAsync(expected.Name, cancellationToken).ConfigureAwait(false);
            if (service is null)
            {
                evidence.Add(new Evidence(expected.Name, Strings.EvidenceAbsent));
                if (expected.Required)
                {
                    missing.Add(expected.Name);
                }

                continue;
            }

            evidence.Add(new Evidence(expected.Name, $"{ServiceWords.Of(service.StartType)}/{ServiceWords.Of(service.State)}"));
            if (service.StartType == ServiceStartType.Disabled)
            {
                if (expected.Name == ServiceExpectation.SignInAssistant)
                {
                    signIn = service;
                }
                else
                {
                    disabled.Add(Named(service));
                }

                continue;
            }

            if (!expected.IsDefault(service.StartType))
            {
                // Not wrong in itself (an admin may start a service at boot), but worth showing beside the default.
                nonDefault.Add(service.Name);
                evidence.Add(new Evidence($"{expected.Name}.defaultStartType", string.Join(Strings.ListOr, expected.DefaultStartTypes.Select(ServiceWords.Of))));
            }

            // Manual (trigger) and delayed services stop when idle; one set to start at boot should be running.
            if (service.StartType == ServiceStartType.Automatic && service.State == ServiceState.Stopped)
            {
                stopped.Add(Named(service));
            }
        }

        return new ServiceSurvey
        {
            Evidence = evidence,
            Missing = missing,
            Disabled = disabled,
            SignInAssistantDisabled = signIn,
            StoppedAutomatic = stopped,
            NonDefault = nonDefault,
        };
    }

    public static string Named(ServiceInfo service) => $"{service.DisplayName} ({service.Name})";
}
