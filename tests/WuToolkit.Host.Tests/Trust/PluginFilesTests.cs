using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>What a pin covers: a plugin in its own folder is every file there; a DLL dropped loose is itself, its
/// .deps.json and the libraries that names. And how a difference is said.</summary>
public class PluginFilesTests
{
    [Test]
    public void A_plugin_in_its_own_folder_is_every_file_in_it_and_below()
    {
        using var temp = new TempFolder();
        var dll = FixturePlugins.DropAsFolder("MissingDependency", temp.Path);
        Directory.CreateDirectory(temp.Combine("MissingDependency", "runtimes"));
        File.WriteAllText(temp.Combine("MissingDependency", "runtimes", "native.so"), "x");

        var files = PluginFiles.Of(Candidate(dll, loose: false));

        Assert.That(files, Does.Contain("MissingDependency.dll").And.Contain("VendorHelpers.dll").And.Contain("runtimes/native.so"));
    }

    [Test]
    public void A_loose_plugin_is_itself_its_deps_json_and_the_libraries_it_names_not_its_neighbours()
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(FixturePlugins.Output("MissingDependency")))
        {
            File.Copy(file, temp.Combine(Path.GetFileName(file)));
        }

        File.WriteAllText(temp.Combine("Unrelated.dll"), "not named by anyone");

        var files = PluginFiles.Of(Candidate(temp.Combine("MissingDependency.dll"), loose: true));

        Assert.That(files, Does.Contain("MissingDependency.dll").And.Contain("MissingDependency.deps.json").And.Contain("VendorHelpers.dll"));
        Assert.That(files, Does.Not.Contain("Unrelated.dll"));
    }

    [Test]
    public void A_loose_plugin_with_a_deps_json_that_is_no_json_is_itself_and_that_file()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(FixturePlugins.Output("HangingCheck"), "HangingCheck.dll"), temp.Combine("HangingCheck.dll"));
        File.WriteAllText(temp.Combine("HangingCheck.deps.json"), "{ \"targets\": [ nonsense");

        var files = PluginFiles.Of(Candidate(temp.Combine("HangingCheck.dll"), loose: true));

        Assert.That(files, Is.EqualTo(new[] { "HangingCheck.deps.json", "HangingCheck.dll" }));
    }

    [Test]
    public void A_fingerprint_names_the_dlls_sha256_and_every_file()
    {
        using var temp = new TempFolder();
        var dll = FixturePlugins.DropAsFolder("HangingCheck", temp.Path);

        var pin = PluginFiles.Fingerprint(Candidate(dll, loose: false));

        Assert.That(pin.Sha256, Is.EqualTo(PluginFiles.Sha256Of(dll)).And.Length.EqualTo(64));
        Assert.That(pin.Files.Select(file => file.Path), Does.Contain("HangingCheck.dll"));
        Assert.That(pin.Files.Single(file => file.Path == "HangingCheck.dll").Size, Is.EqualTo(new FileInfo(dll).Length));
    }

    [Test]
    public void A_difference_names_the_changed_added_and_removed_files()
    {
        var was = new PluginPin(new string('a', 64), [new("A.dll", 1, new string('a', 64)), new("B.dll", 1, new string('b', 64))]);
        var now = new PluginPin(new string('c', 64), [new("A.dll", 1, new string('c', 64)), new("C.dll", 1, new string('d', 64))]);

        var difference = PluginFiles.Difference(was, now);

        Assert.That(difference, Is.EqualTo("A.dll changed (SHA-256 now cccccccccccc…, trusted aaaaaaaaaaaa…), and 2 more change(s)"));
        Assert.That(PluginFiles.Difference(was, was), Is.Null);
        Assert.That(PluginFiles.Difference(was, was with { Files = [was.Files[0]] }), Is.EqualTo("B.dll is gone"));
    }

    private static PluginCandidate Candidate(string dll, bool loose) =>
        new(Path.GetFileNameWithoutExtension(dll), dll, new PluginFolder(loose ? Path.GetDirectoryName(dll)! : Path.GetDirectoryName(Path.GetDirectoryName(dll))!, PluginOrigin.CommandLine), loose);
}
