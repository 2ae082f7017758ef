using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>
/// <c>DISM /Online /Cleanup-Image /RestoreHealth</c>: repairs the component store that every update installs from.
/// DISM fetches good copies from Windows Update unless given a source (<c>health.repairSource</c>, passed as
/// <c>/Source:…</c> with <c>/LimitAccess</c> so that DISM uses nothing else). Without one, on a PC whose update source
/// holds no repair files (WSUS), it ends in 0x800F081F; the plan says so before it asks, and always says how to give one.
/// It cannot be undone and takes many minutes.
/// </summary>
[ExportFix(FixIds.RestoreHealth, "Repair the component store (DISM RestoreHealth)",
    Description = "Runs DISM /Online /Cleanup-Image /RestoreHealth, from Windows Update or from the repair source in health.repairSource (Windows media of the same version, edition and language); takes 10 to 60 minutes and cannot be undone. Warns when the PC's update source (WSUS) cannot supply repair files.",
    Addresses = ["health.component-store"], Impact = FixImpact.Heavy, Scenario = Scenario.Both, Settings = typeof(RepairSettings))]
public sealed class RestoreHealthFix : IFix
{
    /// <summary>DISM's "restart required": the repair is done and finishes at the next start.</summary>
    public const int RestartRequired = 3010;

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var source = Source(context.Settings);
        List<string> arguments = ["/Online", "/Cleanup-Image", "/RestoreHealth"];
        var notes = new List<string>();
        if (source is not null)
        {
            arguments.Add("/Source:" + source);
            arguments.Add("/LimitAccess");
            notes.Add(FixStrings.RestoreHealthSourceNote);
        }
        else
        {
            var content = await RepairContent.ReadAsync(context, cancellationToken).ConfigureAwait(false);
            if (content.Obstacle is { } obstacle)
            {
                notes.Add(FixStrings.FormatRestoreHealthNoSource(obstacle));
            }

            notes.Add(FixStrings.RestoreHealthHowToSource);
        }

        return new FixPlan
        {
            Steps =
            [
                new RunProgramStep
                {
                    Program = SystemPrograms.Dism,
                    Arguments = arguments,
                    SuccessExitCodes = [0, RestartRequired],
                    LongRunning = true,
                    Timeout = TimeSpan.FromHours(3),
                    Reason = source is null ? FixStrings.RestoreHealthReason : FixStrings.FormatRestoreHealthSourceReason(source),
                },
            ],
            Notes = notes,
        };
    }

    /// <summary>The repair source, or <see langword="null"/> for none. DISM reads <c>/Source:</c> up to the end of its
    /// argument, so a value is refused that DISM would read as something else: one starting with a switch's slash, or
    /// holding a quote.</summary>
    private static string? Source(ISettings settings)
    {
        var source = settings.Get(RepairSettings.RepairSource);
        if (source.Length == 0)
        {
            return null;
        }

        return source.StartsWith('/') || source.Contains('"', StringComparison.Ordinal)
            ? throw new InvalidSettingException(RepairSettings.RepairSource.Key, source, FixStrings.RepairSourceExpected)
            : source;
    }
}
