using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.CleanBoot.Resources;

namespace WuToolkit.Plugins.CleanBoot;

/// <summary>Third-party services, security software above all, are the usual suspects when an update fails in
/// ways nothing else explains; a clean boot (only Microsoft services) is how Microsoft support rules them out.</summary>
[ExportCheck(
    "cleanboot.third-party-services",
    "Third-party services and security software",
    Scenario = Scenario.Both,
    Tags = ["cleanboot", "services"],
    Description = "Lists the running services of other publishers than Microsoft and warns when security software known to interfere with servicing is among them, suggesting a clean boot (only Microsoft services) to rule it out.")]
public sealed class ThirdPartyServicesCheck : ICheck
{
    /// <summary>The fix that enters a clean boot (and can leave it, restoring the services as they were).</summary>
    public const string EnterCleanBootFix = "cleanboot.enter";

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = await context.Machine.Services.ListAsync(cancellationToken).ConfigureAwait(false);

        var running = RunningSecuritySoftware.ThirdPartyLoaded(services);
        var security = RunningSecuritySoftware.Find(running);
        var products = security.Select(match => match.Product.Name).Distinct().ToList();

        var evidence = new List<Evidence>
        {
            new("thirdPartyRunning", running.Count.ToString(CultureInfo.InvariantCulture)),
            new("thirdPartyServices", string.Join(", ", running.Select(service => service.Name))),
            new("unknownPublisher", services.Count(service => string.IsNullOrWhiteSpace(service.Publisher)).ToString(CultureInfo.InvariantCulture)),
        };

        if (products.Count > 0)
        {
            evidence.Add(new("securitySoftware", string.Join(", ", products)));
            evidence.Add(new("securityServices", string.Join(", ", security.Select(match => match.Service.Name))));
            return CheckResult.Warn(Strings.FormatSecuritySoftwareRunning(string.Join(Strings.ListSeparator, products)), evidence, EnterCleanBootFix);
        }

        var summary = running.Count switch
        {
            0 => Strings.NoThirdPartyServices,
            1 => Strings.FormatOneThirdPartyService(running[0].DisplayName),
            _ => Strings.FormatThirdPartyServices(running.Count),
        };
        return new CheckResult { Status = CheckStatus.Pass, Summary = summary, Evidence = evidence };
    }
}
