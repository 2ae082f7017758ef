using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// With fast startup on (<c>HiberbootEnabled</c> = 1 under <c>Session Manager\Power</c>), "Shut down" hibernates the
/// kernel and its drivers instead of ending them, so work that waits for the next start (pending update operations,
/// replaced drivers) and a genuinely fresh start for troubleshooting only come with "Restart". During an upgrade and
/// while troubleshooting one, that difference misleads; turning fast startup off for the time removes it.
/// </summary>
[ExportCheck(
    "upgrade.fast-startup",
    "Fast startup",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "power"],
    Description = "Reads HiberbootEnabled: with fast startup on, shutting down does not restart Windows' kernel, so pending work and troubleshooting need Restart; on warns (with the fix that turns it off), off or not set passes.")]
public sealed class FastStartupCheck : ICheck
{
    /// <summary>The fix that turns fast startup off, and back on when undone.</summary>
    public const string DisableFastStartupFix = "upgrade.disable-fast-startup";

    private const string PowerKey = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power";
    private const string ValueName = "HiberbootEnabled";

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = await context.Machine.Registry.GetValueAsync(PowerKey, ValueName, cancellationToken).ConfigureAwait(false);
        if (value is null)
        {
            return CheckResult.Pass(ReadinessStrings.FastStartupNotSet, new Evidence("hiberbootEnabled", ReadinessStrings.EvidenceNotSet));
        }

        var evidence = new[] { new Evidence("hiberbootEnabled", value.Data.Trim()), new Evidence("kind", value.Kind) };

        // Documented values are 1 (on) and 0 (off); anything else is not guessed at.
        return (value.Kind, value.Data.Trim()) switch
        {
            ("REG_DWORD", "1") => CheckResult.Warn(ReadinessStrings.FastStartupOn, evidence, DisableFastStartupFix),
            ("REG_DWORD", "0") => CheckResult.Pass(ReadinessStrings.FastStartupOff, evidence),
            _ => CheckResult.Skipped(ReadinessStrings.FormatFastStartupUnreadable(value.Data.Trim(), value.Kind), evidence),
        };
    }
}
