using System.Text.Json;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>A temporary place to try the trust rules: a plugins folder every user may write (or not) with a fixture
/// plugin in it, and a machine-wide configuration file of its own; commands run in-process as if elevated.</summary>
internal sealed class TrustLab : IDisposable
{
    public const string Plugin = "HangingCheck";
    public const string FineCheck = "hangingcheck.fine";

    private readonly TempFolder _temp = new();

    public TrustLab(bool worldWritable = true)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the Unix rules; Windows' are tested with recorded ACLs");
        PluginsFolder = Directory.CreateDirectory(_temp.Combine("plugins")).FullName;
        if (worldWritable)
        {
            SetMode(PluginsFolder, (UnixFileMode)0b111_111_111);
        }

        Dll = FixturePlugins.DropAsFolder(Plugin, PluginsFolder);
        ConfigurationFile = _temp.Combine("etc", "wutk", "config.json");
    }

    public string Root => _temp.Path;

    public string PluginsFolder { get; }

    public string Dll { get; }

    public string ConfigurationFile { get; }

    /// <summary>Runs wutk in-process, elevated (or not), with this lab's configuration and plugins folder.</summary>
    public Task<Support.Cli.Result> RunAsync(params string[] args) => RunAsync(elevated: true, args);

    public Task<Support.Cli.Result> RunAsync(bool elevated, params string[] args) =>
        Support.Cli.RunInAsync(
            environment => environment with { IsElevated = elevated, MachineConfigurationFile = ConfigurationFile },
            [.. args, "--plugins", PluginsFolder]);

    /// <summary>The plugins <c>wutk plugins --format json</c> lists as refused, by name, with their trust.</summary>
    public static Dictionary<string, JsonElement> Refused(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("refused").EnumerateArray()
            .ToDictionary(entry => entry.GetProperty("name").GetString()!, entry => entry.Clone());
    }

    /// <summary>Sets a Unix mode (the lab is Unix-only: see the constructor).</summary>
    public static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    /// <summary>Adds to a Unix mode.</summary>
    public static void AddMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | mode);
        }
    }

    public void Dispose() => _temp.Dispose();
}
