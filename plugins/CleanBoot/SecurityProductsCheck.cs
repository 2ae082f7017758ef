using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.CleanBoot.Resources;

namespace WuToolkit.Plugins.CleanBoot;

/// <summary>
/// Microsoft's quick fixes for upgrade problems: temporarily uninstall non-Microsoft antivirus software and let
/// Microsoft Defender protect the PC during the upgrade. Windows Security Center knows every registered antivirus,
/// antispyware and firewall product, including those the services table does not recognise. A product whose running
/// services cleanboot.third-party-services already reports is named here as such and not reported a second time;
/// definitions out of date are worth fixing before an upgrade whoever makes the product.
/// </summary>
[ExportCheck(
    "cleanboot.security-products",
    "Third-party security products (Security Center)",
    Scenario = Scenario.Upgrade,
    Tags = ["cleanboot", "security", "antivirus"],
    Description = "Lists the antivirus, antispyware and firewall products registered with Windows Security Center; a third-party one turned on warns to uninstall or turn it off for the upgrade (unless cleanboot.third-party-services already reports it), and out-of-date definitions warn.")]
public sealed class SecurityProductsCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var registered = await context.Machine.System.GetSecurityProductsAsync(cancellationToken).ConfigureAwait(false);
        var reportedElsewhere = await ReportedByServicesCheckAsync(context.Machine, cancellationToken).ConfigureAwait(false);

        // One product registers once per role (antivirus, antispyware, firewall) under the same name.
        var products = registered
            .GroupBy(product => product.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(group => new Product(
                group.Key,
                [.. group.Select(product => product.Kind).Distinct().Order()],
                group.Any(product => product.Enabled),
                group.Any(product => product.UpToDate == false) ? false : group.Any(product => product.UpToDate == true) ? true : null,
                IsMicrosoft(group)))
            .OrderBy(product => product.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var thirdParty = products.Where(product => !product.Microsoft).ToList();
        var on = thirdParty.Where(product => product.Enabled).ToList();
        var alreadyReported = on.Where(product => reportedElsewhere?.Any(known => known.MatchesName(product.Name)) == true).ToList();
        var newlyFound = on.Except(alreadyReported).ToList();
        var outdated = products.Where(product => product.Outdated).ToList();

        var evidence = new List<Evidence>
        {
            new("securityProducts", products.Count == 0 ? Strings.EvidenceNone : string.Join("; ", products.Select(Describe))),
            new("thirdPartyOn", Names(on)),
            new("reportedByServicesCheck", reportedElsewhere is null ? Strings.EvidenceServicesUnknown : Names(alreadyReported)),
            new("outdatedDefinitions", Names(outdated)),
        };

        var findings = new List<string>();
        if (newlyFound.Count > 0)
        {
            findings.Add(Strings.FormatThirdPartySecurityOn(Names(newlyFound)));
        }

        if (outdated.Count > 0)
        {
            findings.Add(Strings.FormatDefinitionsOutdated(Names(outdated)));
        }

        if (findings.Count > 0)
        {
            return CheckResult.Warn(string.Join(Strings.ClauseSeparator, findings), evidence);
        }

        var summary = (alreadyReported.Count, thirdParty.Count, products.Count) switch
        {
            ( > 0, _, _) => Strings.FormatSecurityAlreadyReported(Names(alreadyReported)),
            (_, > 0, _) => Strings.FormatThirdPartySecurityOff(Names(thirdParty)),
            (_, _, 0) => Strings.NoSecurityProducts,
            _ => Strings.FormatOnlyMicrosoftSecurity(Names(products)),
        };
        return new CheckResult { Status = CheckStatus.Pass, Summary = summary, Evidence = evidence };
    }

    /// <summary>The security software cleanboot.third-party-services reports, or <see langword="null"/> when the
    /// service list is not known here (then nothing counts as reported, and every product is named here).</summary>
    private static async Task<List<SecurityProduct>?> ReportedByServicesCheckAsync(IMachine machine, CancellationToken cancellationToken)
    {
        try
        {
            var services = await machine.Services.ListAsync(cancellationToken).ConfigureAwait(false);
            return [.. RunningSecuritySoftware.Find(RunningSecuritySoftware.ThirdPartyLoaded(services)).Select(match => match.Product).Distinct()];
        }
        catch (QuestionUnansweredException)
        {
            // The verdict does not need the services; without them it only cannot leave anything out.
            return null;
        }
    }

    /// <summary>Microsoft Defender registers as "Microsoft Defender Antivirus" (formerly "Windows Defender"), with
    /// <c>windowsdefender://</c> as its reporting program.</summary>
    private static bool IsMicrosoft(IEnumerable<SecurityProductInfo> registrations) =>
        registrations.Any(product =>
            product.Name.TrimStart().StartsWith("Microsoft ", StringComparison.OrdinalIgnoreCase)
            || product.Name.TrimStart().StartsWith("Windows Defender", StringComparison.OrdinalIgnoreCase)
            || (product.ExecutablePath?.StartsWith("windowsdefender:", StringComparison.OrdinalIgnoreCase) ?? false));

    private static string Describe(Product product) =>
        Strings.FormatSecurityProductState(
            product.Name,
            string.Join(", ", product.Kinds.Select(Kind)),
            product.Enabled ? Strings.EvidenceOn : Strings.EvidenceOff,
            product.DefinitionsCurrent switch
            {
                true => Strings.EvidenceCurrent,
                false => Strings.EvidenceOutdated,
                null => Strings.EvidenceNotReported,
            });

    private static string Kind(SecurityProductKind kind) => kind switch
    {
        SecurityProductKind.Antivirus => Strings.KindAntivirus,
        SecurityProductKind.Antispyware => Strings.KindAntispyware,
        _ => Strings.KindFirewall,
    };

    private static string Names(IReadOnlyCollection<Product> products) =>
        products.Count == 0 ? Strings.EvidenceNone : string.Join(", ", products.Select(product => product.Name));

    /// <summary>A product with all its registrations. Outdated definitions matter only while it protects the PC:
    /// Defender reports stale definitions while another antivirus has turned it off.</summary>
    private sealed record Product(string Name, IReadOnlyList<SecurityProductKind> Kinds, bool Enabled, bool? DefinitionsCurrent, bool Microsoft)
    {
        public bool Outdated => Enabled && DefinitionsCurrent == false;
    }
}
