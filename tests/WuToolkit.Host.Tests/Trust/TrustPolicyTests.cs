using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>The decision before a plugin's code runs, with the location's verdict given: built-in and
/// administrators-only plugins load; elsewhere only a pin whose files are unchanged lets one load, from a verified copy;
/// not elevated, nothing is refused.</summary>
public class TrustPolicyTests
{
    private static readonly LocationVerdict WorldWritable = new(["/tmp/p can be written by every user"]);

    [Test]
    public void A_built_in_plugin_is_trusted_by_its_location_without_a_look()
    {
        var policy = new TrustPolicy(true, new Dictionary<string, PluginPin>(), null, _ => throw new AssertionException("not judged"));
        var candidate = new PluginCandidate("Disk", "/tool/plugins/Disk/Disk.dll", new PluginFolder("/tool/plugins", PluginOrigin.BuiltIn), false);

        var (trust, from) = policy.Decide(candidate);

        Assert.That(trust.State, Is.EqualTo(TrustState.BuiltIn));
        Assert.That(trust.Refuses, Is.False);
        Assert.That(from, Is.EqualTo(candidate.AssemblyPath));
    }

    [Test]
    public void A_plugin_only_administrators_can_change_loads_where_it_lies()
    {
        var policy = new TrustPolicy(true, new Dictionary<string, PluginPin>(), null, _ => LocationVerdict.Safe);

        var (trust, _) = policy.Decide(Candidate("/opt/p/X/X.dll"));

        Assert.That(trust.State, Is.EqualTo(TrustState.AdministratorsOnly));
        Assert.That(trust.Refuses, Is.False);
    }

    [Test]
    public void Elevated_a_plugin_others_can_change_and_nobody_pinned_is_refused_saying_why()
    {
        var policy = new TrustPolicy(true, new Dictionary<string, PluginPin>(), null, _ => WorldWritable);

        var (trust, _) = policy.Decide(Candidate("/tmp/p/X/X.dll"));

        Assert.That(trust.State, Is.EqualTo(TrustState.NotPinned));
        Assert.That(trust.Refuses, Is.True);
        Assert.That(TrustMessages.Refusal("X", trust), Does.Contain("/tmp/p can be written by every user").And.Contain("wutk plugins trust X"));
    }

    [Test]
    public void Not_elevated_the_same_plugin_loads_and_its_state_is_still_told()
    {
        var policy = new TrustPolicy(false, new Dictionary<string, PluginPin>(), null, _ => WorldWritable);

        var (trust, _) = policy.Decide(Candidate("/tmp/p/X/X.dll"));

        Assert.That(trust.Refuses, Is.False);
        Assert.That(TrustMessages.Describe(trust), Does.Contain("would be refused if run elevated"));
    }

    [Test]
    public void A_pinned_plugin_loads_from_a_private_copy_that_holds_exactly_the_pinned_files()
    {
        using var temp = new TempFolder();
        var dll = FixturePlugins.DropAsFolder("HangingCheck", temp.Path);
        var candidate = Candidate(dll);
        using var copies = new VerifiedCopies();
        var policy = new TrustPolicy(true, new Dictionary<string, PluginPin> { ["HangingCheck"] = PluginFiles.Fingerprint(candidate) }, copies, _ => WorldWritable);

        var (trust, from) = policy.Decide(candidate);

        Assert.That(trust.State, Is.EqualTo(TrustState.Pinned));
        Assert.That(trust.Refuses, Is.False);
        Assert.That(from, Is.Not.EqualTo(dll));
        Assert.That(File.ReadAllBytes(from), Is.EqualTo(File.ReadAllBytes(dll)));
        Assert.That(Path.GetFileName(from), Is.EqualTo("HangingCheck.dll"));
    }

    [Test]
    public void A_pinned_plugin_with_one_byte_changed_is_refused_naming_the_file()
    {
        using var temp = new TempFolder();
        var dll = FixturePlugins.DropAsFolder("HangingCheck", temp.Path);
        var candidate = Candidate(dll);
        var pin = PluginFiles.Fingerprint(candidate);
        FlipOneByte(dll);
        using var copies = new VerifiedCopies();
        var policy = new TrustPolicy(true, new Dictionary<string, PluginPin> { ["hangingcheck"] = pin }, copies, _ => WorldWritable);

        var (trust, from) = policy.Decide(candidate);

        Assert.That(trust.State, Is.EqualTo(TrustState.Changed));
        Assert.That(trust.Refuses, Is.True);
        Assert.That(trust.Change, Does.StartWith("HangingCheck.dll changed (SHA-256 now "));
        Assert.That(from, Is.EqualTo(dll));
    }

    [Test]
    public void A_file_added_beside_a_pinned_plugin_refuses_it_too()
    {
        using var temp = new TempFolder();
        var dll = FixturePlugins.DropAsFolder("HangingCheck", temp.Path);
        var candidate = Candidate(dll);
        var pin = PluginFiles.Fingerprint(candidate);
        File.WriteAllText(temp.Combine("HangingCheck", "Planted.dll"), "planted");
        using var copies = new VerifiedCopies();
        var policy = new TrustPolicy(true, new Dictionary<string, PluginPin> { ["HangingCheck"] = pin }, copies, _ => WorldWritable);

        var (trust, _) = policy.Decide(candidate);

        Assert.That(trust.Change, Is.EqualTo("Planted.dll was added"));
    }

    internal static void FlipOneByte(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = stream.Length / 2;
        var value = stream.ReadByte();
        stream.Position--;
        stream.WriteByte((byte)(value ^ 0x01));
    }

    private static PluginCandidate Candidate(string dll) =>
        new(Path.GetFileNameWithoutExtension(dll), dll, new PluginFolder(Path.GetDirectoryName(Path.GetDirectoryName(dll))!, PluginOrigin.CommandLine), false);
}
