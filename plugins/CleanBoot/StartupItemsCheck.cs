using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.CleanBoot.Resources;

namespace WuToolkit.Plugins.CleanBoot;

/// <summary>
/// Programs that start with Windows or at sign-in are the other half of what a clean boot turns off. They rarely break
/// an update by themselves, so a few are only listed; when many of other publishers start, ruling them out one by one
/// takes longer than one clean boot, and the check says so.
/// </summary>
[ExportCheck(
    "cleanboot.startup-items",
    "Programs that start with Windows",
    Scenario = Scenario.Both,
    Tags = ["cleanboot", "startup"],
    Settings = typeof(CleanBootSettings),
    Description = "Lists the programs of other publishers than Microsoft that start with Windows or at sign-in (Run keys and Startup folders); warns with a clean boot when there are more than cleanboot.maxStartupItems (20).")]
public sealed class StartupItemsCheck : ICheck
{
    /// <summary>Setting: how many startup programs of other publishers before a clean boot is suggested.</summary>
    public const string MaxStartupItemsSetting = "cleanboot.maxStartupItems";

    /// <summary>Default: well above the handful of vendor tools (audio, touchpad, cloud storage) of an ordinary PC.</summary>
    public const double DefaultMaxStartupItems = 20;

    /// <summary>Programs named in the summary; the rest are counted.</summary>
    private const int NamedInSummary = 5;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maximum = context.Settings.Get(CleanBootSettings.MaxStartupItems);
        var items = await context.Machine.System.GetStartupItemsAsync(cancellationToken).ConfigureAwait(false);

        var others = items
            .Where(item => !StartupPrograms.IsMicrosoft(item.Command))
            // The same program registered twice (for two users, or in a Run key and a Startup folder) counts once.
            .DistinctBy(item => (item.Name.ToUpperInvariant(), item.Command.Trim().ToUpperInvariant()))
            .OrderBy(item => item.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var evidence = new List<Evidence>
        {
            new("startupItems", items.Count.ToString(CultureInfo.InvariantCulture)),
            new("thirdPartyStartupItems", others.Count.ToString(CultureInfo.InvariantCulture)),
            new("thirdPartyStartupNames", others.Count == 0 ? Strings.EvidenceNone : string.Join(", ", others.Select(item => item.Name))),
            new("maxStartupItems", maximum.ToString(CultureInfo.InvariantCulture)),
        };

        if (others.Count == 0)
        {
            return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatNoThirdPartyStartup(items.Count), Evidence = evidence };
        }

        var named = string.Join(Strings.ListSeparator, others.Take(NamedInSummary).Select(item => item.Name));
        if (others.Count > NamedInSummary)
        {
            named = Strings.FormatAndMore(named, others.Count - NamedInSummary);
        }

        return others.Count > maximum
            ? CheckResult.Warn(Strings.FormatManyThirdPartyStartup(others.Count, named), evidence, ThirdPartyServicesCheck.EnterCleanBootFix)
            : new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatSomeThirdPartyStartup(others.Count, named), Evidence = evidence };
    }
}
