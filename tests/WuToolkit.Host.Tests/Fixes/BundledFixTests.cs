using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Configuration;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary>
/// The bundled plugins' fixes fit together with their checks: every fix can be created and plans on every sample PC
/// without throwing; every fix id a check, a log rule's check ids or an error catalog names is a fix that exists (read
/// from the loaded plugins); every check a fix addresses exists.
/// </summary>
public class BundledFixTests
{
    /// <summary>
    /// Fixes named by checks or catalogs that this branch does not have yet: the fix branches (issue 10) bring them. Each
    /// entry is removed when its fix is merged; the test fails for an entry whose fix exists, so the list only shrinks.
    /// </summary>
    private static readonly string[] KnownMissing =
    [
        "cleanboot.enter",
        "health.restore-health",
        "health.resync-time",
        "health.sfc",
        "upgrade.disable-fast-startup",
    ];

    private static readonly Lazy<PluginCatalog> Catalog = new(() =>
        new PluginLoader(NullLoggerFactory.Instance).LoadAll([new PluginFolder(Path.Combine(TestPaths.HostOutput, "plugins"), PluginOrigin.BuiltIn)]));

    [Test]
    public async Task Every_bundled_fix_plans_on_every_sample_pc_without_throwing_and_its_plan_is_well_formed()
    {
        foreach (var sample in Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            var snapshot = (await SnapshotFile.ReadAsync(sample, new SnapshotReadOptions(), CancellationToken.None)).Snapshot;
            foreach (var fix in Catalog.Value.Fixes)
            {
                var context = new FixContext { Machine = new SnapshotMachine(snapshot), Settings = new KeyValueSettings([]), Logger = NullLogger.Instance };
                FixPlan plan;
                try
                {
                    plan = await fix.Create().PlanAsync(context, CancellationToken.None);
                }
                catch (QuestionUnansweredException)
                {
                    // A question the snapshot did not record is no bug: the fix cannot plan for that PC.
                    continue;
                }
                catch (InvalidSettingException unset) when (DeclaredSettings(fix).Contains(unset.Key, StringComparer.OrdinalIgnoreCase))
                {
                    // Nor is a fix that needs a setting nobody gave (the package to install): the host says which.
                    continue;
                }

                Assert.That(plan, Is.Not.Null, fix.Id);
                var review = PlanReviewer.Review(plan, executor: null, []);
                Assert.That(plan.Steps.Select(StepValidation.Problem).OfType<string>(), Is.Empty, $"{fix.Id} on {Path.GetFileName(sample)}");
                Assert.That(review.Plan.Steps, Has.Count.EqualTo(plan.Steps.Count));
            }
        }
    }

    [Test]
    public async Task Every_fix_id_a_check_a_log_rule_or_a_catalog_names_exists()
    {
        var named = await NamedFixIdsAsync();
        var existing = Catalog.Value.Fixes.Select(fix => fix.Id).Concat(new FixCatalog(Catalog.Value).Companions.Select(companion => companion.Id))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var missing = named.Where(pair => !existing.Contains(pair.Key) && !KnownMissing.Contains(pair.Key)).Select(pair => $"{pair.Key} (named by {pair.Value})").ToList();
        var arrived = KnownMissing.Where(existing.Contains).ToList();

        Assert.That(missing, Is.Empty, "fixes named but not there");
        Assert.That(arrived, Is.Empty, "fixes that exist now: remove them from KnownMissing");
    }

    [Test]
    public void Every_check_a_fix_addresses_exists_and_every_companion_names_no_fix_of_its_own()
    {
        var checks = Catalog.Value.Checks.Select(check => check.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var fix in Catalog.Value.Fixes)
        {
            Assert.That(fix.Metadata.Addresses.Where(id => !checks.Contains(id)), Is.Empty, $"{fix.Id} addresses checks that do not exist");
            Assert.That(fix.Metadata.Addresses, Is.Unique, fix.Id);
        }
    }

    private static IEnumerable<string> DeclaredSettings(FixDescriptor fix) => SettingDeclarations.Read(fix.Metadata.Settings).Select(setting => setting.Key);

    /// <summary>Fix ids named anywhere in the loaded plugins: what checks return on the sample PCs, what the error catalogs
    /// say, every constant of a plugin class named <c>FixIds</c> and every constant named <c>…Fix</c> or <c>…FixId</c>
    /// (how plugins keep the ids their checks name).</summary>
    private static async Task<Dictionary<string, string>> NamedFixIdsAsync()
    {
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var catalog in Catalog.Value.ErrorCatalogs)
        {
            foreach (var code in catalog.Create().Codes)
            {
                foreach (var id in code.FixIds)
                {
                    named.TryAdd(id, $"{catalog.Id} {code.Hex}");
                }
            }
        }

        foreach (var sample in Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            var result = await Support.Cli.RunAsync("run", "--snapshot", sample, "--format", "json");
            using var json = JsonDocument.Parse(result.Output);
            foreach (var check in json.RootElement.GetProperty("results").EnumerateArray())
            {
                foreach (var id in check.GetProperty("fixes").EnumerateArray())
                {
                    named.TryAdd(id.GetString()!, $"{check.GetProperty("id").GetString()} on {Path.GetFileName(sample)}");
                }
            }
        }

        foreach (var plugin in Catalog.Value.Plugins)
        {
            var assembly = plugin.Checks.Select(check => check.Create().GetType().Assembly)
                .Concat(plugin.Fixes.Select(fix => fix.Create().GetType().Assembly))
                .Concat(plugin.ErrorCatalogs.Select(catalog => catalog.Create().GetType().Assembly))
                .Concat(plugin.LogRules.Select(rule => rule.Create().GetType().Assembly))
                .First();
            foreach (var type in assembly.GetTypes())
            {
                var fields = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                    .Where(field => field.IsLiteral && field.FieldType == typeof(string)
                        && (type.Name == "FixIds" || field.Name.EndsWith("Fix", StringComparison.Ordinal) || field.Name.EndsWith("FixId", StringComparison.Ordinal)));
                foreach (var field in fields)
                {
                    named.TryAdd((string)field.GetRawConstantValue()!, $"{plugin.Name}: {type.Name}.{field.Name}");
                }
            }
        }

        return named;
    }
}
