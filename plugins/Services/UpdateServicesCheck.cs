using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Services.Resources;

namespace WuToolkit.Plugins.Services;

/// <summary>Windows Update is several services working together: one that is disabled (often by a "privacy" or
/// "debloat" tool) or missing stops scans, downloads or installs, usually with a bare error code.</summary>
[ExportCheck("services.update-services", "Update services present and not disabled", Scenario = Scenario.Both, Tags = ["services"])]
public sealed class UpdateServicesCheck : ICheck
{
    /// <summary>The fix that sets every update service back to its default start type.</summary>
    public const string RestoreDefaultsFix = "services.restore-defaults";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        var disabled = new List<string>();
        var nonDefault = new List<string>();

        foreach (var expected in ServiceExpectation.UpdateServices)
        {
            var service = await context.Machine.Services.GetAsync(expected.Name, cancellationToken).ConfigureAwait(false);
            if (service is null)
            {
                evidence.Add(new Evidence(expected.Name, "absent"));
                if (expected.Required)
                {
                    missing.Add(expected.Name);
                }

                continue;
            }

            evidence.Add(new Evidence(expected.Name, $"{service.StartType}/{service.State}"));
            if (service.StartType == ServiceStartType.Disabled)
            {
                disabled.Add($"{service.DisplayName} ({service.Name})");
            }
            else if (!expected.IsDefault(service.StartType))
            {
                // Not wrong in itself (an admin may start a service at boot), but worth showing beside the default.
                nonDefault.Add(service.Name);
                evidence.Add(new Evidence($"{expected.Name}.defaultStartType", string.Join(" or ", expected.DefaultStartTypes)));
            }
        }

        if (missing.Count > 0)
        {
            var summary = disabled.Count > 0
                ? Strings.FormatMissingAndDisabled(string.Join(", ", missing), string.Join(", ", disabled))
                : Strings.FormatMissing(string.Join(", ", missing));

            // Restoring start types cannot bring a deleted service back, but it does mend the disabled ones.
            return disabled.Count > 0
                ? CheckResult.Fail(summary, evidence, RestoreDefaultsFix)
                : CheckResult.Fail(summary, evidence);
        }

        if (disabled.Count > 0)
        {
            return CheckResult.Fail(Strings.FormatDisabled(string.Join(", ", disabled)), evidence, RestoreDefaultsFix);
        }

        return nonDefault.Count > 0
            ? CheckResult.Pass(Strings.FormatAllCanStartNonDefault(string.Join(", ", nonDefault)), [.. evidence])
            : CheckResult.Pass(Strings.AllCanStart, [.. evidence]);
    }
}
