using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins.Cache;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Startup;

/// <summary>The cache file of one plugin: found only for the very same file and culture, never half-written, and a
/// damaged one is no cache at all.</summary>
public class PluginMetadataCacheTests
{
    private static CachedPlugin Listing(string title) => new(
        "Vendor", "1.2.3", "1.1",
        [new CachedCheck("vendor.check", title, Scenario.Both, false, ["tag"], "what it decides", false, false, [])],
        [], [new CachedExport("vendor.codes", "Vendor codes")], [], []);

    private static (PluginMetadataCache Cache, string Dll) Prepare(TempFolder temp)
    {
        var dll = temp.Combine("Vendor", "Vendor.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        File.WriteAllBytes(dll, [1, 2, 3, 4]);
        return (new PluginMetadataCache(temp.Combine("cache"), "1.0.0"), dll);
    }

    [Test]
    public void What_was_written_is_read_for_the_same_file_and_culture()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var key = PluginFingerprint.Of(dll, looseFile: false, "en-US")!;

        cache.Write(key, Listing("Title"));

        Assert.That(cache.Read(PluginFingerprint.Of(dll, looseFile: false, "en-US")!)!.Checks.Single().Title, Is.EqualTo("Title"));
    }

    [Test]
    public void A_plugin_that_records_no_sdk_version_is_read_back()
    {
        // A plugin built against the SDK's DLL rather than its package records no SDK version: its entry must still hold,
        // or every start loads it again.
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var key = PluginFingerprint.Of(dll, looseFile: false, "en-US")!;

        cache.Write(key, Listing("Title") with { SdkVersion = null });

        var read = cache.Read(PluginFingerprint.Of(dll, looseFile: false, "en-US")!);
        Assert.That(read, Is.Not.Null);
        Assert.That(read!.SdkVersion, Is.Null);
        Assert.That(read.Checks.Single().Title, Is.EqualTo("Title"));
    }

    [Test]
    public void Another_culture_is_another_entry()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        cache.Write(PluginFingerprint.Of(dll, false, "en-US")!, Listing("Free space"));

        Assert.That(cache.Read(PluginFingerprint.Of(dll, false, "ja-JP")!), Is.Null, "a Japanese listing never shows cached English");
        cache.Write(PluginFingerprint.Of(dll, false, "ja-JP")!, Listing("空き領域"));
        Assert.That(cache.Read(PluginFingerprint.Of(dll, false, "en-US")!)!.Checks[0].Title, Is.EqualTo("Free space"));
        Assert.That(cache.Read(PluginFingerprint.Of(dll, false, "ja-JP")!)!.Checks[0].Title, Is.EqualTo("空き領域"));
    }

    [Test]
    public void The_file_name_is_the_same_in_every_process_and_differs_per_path_and_culture()
    {
        // A name from a per-process hash (string.GetHashCode) would miss on every start; a fixed value proves it is not.
        var cache = new PluginMetadataCache(Path.Combine(Path.GetTempPath(), "cache"), "1.0.0");
        var key = new PluginFingerprint("/opt/wutk/plugins/Vendor/Vendor.dll", 4, 1, "", "en-US");

        Assert.That(Path.GetFileName(cache.FileFor(key)), Is.EqualTo("cd799b7b8897ac7bd839df6856d06cd8.3.json"));
        Assert.That(cache.FileFor(key with { Size = 5, LastWriteUtcTicks = 2, Companions = "x" }), Is.EqualTo(cache.FileFor(key)), "one file per plugin and culture, rewritten as the plugin changes");
        Assert.That(cache.FileFor(key with { Culture = "ja-JP" }), Is.Not.EqualTo(cache.FileFor(key)));
        Assert.That(cache.FileFor(key with { Path = "/opt/wutk/plugins/Other/Other.dll" }), Is.Not.EqualTo(cache.FileFor(key)));
    }

    [Test]
    public void The_reader_gives_back_every_member_the_writer_wrote()
    {
        // The file is written by the generated serializer and read by walking the document: the two must agree on every
        // member, or a warm listing would differ from a cold one.
        var number = new WuToolkit.Host.Isolation.Protocol.SettingData("number", "vendor.limit", "How many") { NumberDefault = 2.5, Minimum = 0, Maximum = 10, Unit = "GB" };
        var text = new WuToolkit.Host.Isolation.Protocol.SettingData("text", "vendor.mode", "Which") { TextDefault = "fast", AllowedValues = ["fast", "slow"], MaxLength = 8 };
        var urls = new WuToolkit.Host.Isolation.Protocol.SettingData("urls", "vendor.hosts", "Where") { UrlDefault = ["https://example.invalid/"], MaxCount = 3 };
        var plugin = new CachedPlugin(
            "Vendor", "1.2.3", null,
            [new CachedCheck("vendor.check", "Check", Scenario.Upgrade, true, ["a", "b"], null, true, true, [number, text, urls])],
            [new CachedFix("vendor.fix", "Fix", Scenario.Both, true, "Does it", ["vendor.check"], WuToolkit.Abstractions.Fixes.FixImpact.Heavy, "vendor.unfix", false, [])],
            [new CachedExport("vendor.codes", "Codes")],
            [new CachedRule("vendor.rule", "Rule", [WuToolkit.Abstractions.Logs.LogKind.Cbs, WuToolkit.Abstractions.Logs.LogKind.WindowsUpdate], ["Failed", "0x8"])],
            ["one export was refused"]);
        var file = new CachedPluginFile(PluginMetadataCache.Format, "1.0.0", new PluginFingerprint("/p/Vendor.dll", 4, 1, "c", "ja-JP"), "ab", plugin);
        var written = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(file, MetadataCacheJson.Default.CachedPluginFile);

        var read = CachedPluginFileReader.Read(written);

        Assert.That(read, Is.Not.Null);
        Assert.That(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(read!, MetadataCacheJson.Default.CachedPluginFile), Is.EqualTo(written));
    }

    [Test]
    public void A_warm_read_trusts_path_size_and_time_without_reading_the_plugin()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var time = File.GetLastWriteTimeUtc(dll);
        cache.Write(PluginFingerprint.Of(dll, false, "")!, Listing("Title"));

        // Other bytes with the same size and time: only reading the file could tell, and a warm start does not read it.
        File.WriteAllBytes(dll, [4, 3, 2, 1]);
        File.SetLastWriteTimeUtc(dll, time);

        Assert.That(cache.Read(PluginFingerprint.Of(dll, false, "")!)?.Checks[0].Title, Is.EqualTo("Title"));
    }

    [Test]
    public void A_plugin_rewritten_with_the_same_bytes_is_found_and_its_entry_takes_the_new_time()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        cache.Write(PluginFingerprint.Of(dll, false, "")!, Listing("Title"));

        File.WriteAllBytes(dll, [1, 2, 3, 4]);
        File.SetLastWriteTimeUtc(dll, File.GetLastWriteTimeUtc(dll).AddMinutes(5));
        var touched = PluginFingerprint.Of(dll, false, "")!;

        Assert.That(cache.Read(touched)?.Checks[0].Title, Is.EqualTo("Title"));
        using var entry = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(cache.FileFor(touched)));
        Assert.That(entry.RootElement.GetProperty("key").GetProperty("lastWriteUtcTicks").GetInt64(), Is.EqualTo(touched.LastWriteUtcTicks), "the next start hashes nothing");
        Assert.That(entry.RootElement.GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
    }

    [Test]
    public void A_plugin_with_other_bytes_and_a_new_time_is_not_found()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        cache.Write(PluginFingerprint.Of(dll, false, "")!, Listing("Title"));

        File.WriteAllBytes(dll, [4, 3, 2, 1]);
        File.SetLastWriteTimeUtc(dll, File.GetLastWriteTimeUtc(dll).AddMinutes(5));

        Assert.That(cache.Read(PluginFingerprint.Of(dll, false, "")!), Is.Null);
    }

    [Test]
    public void A_plugin_of_another_size_is_not_found_even_with_the_same_time()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var time = File.GetLastWriteTimeUtc(dll);
        cache.Write(PluginFingerprint.Of(dll, false, "")!, Listing("Title"));

        File.WriteAllBytes(dll, [1, 2, 3, 4, 5]);
        File.SetLastWriteTimeUtc(dll, time);

        Assert.That(cache.Read(PluginFingerprint.Of(dll, false, "")!), Is.Null);
    }

    [Test]
    public void A_plugin_that_changes_while_it_loads_is_not_kept()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var before = PluginFingerprint.Of(dll, false, "")!;

        File.WriteAllBytes(dll, [1, 2, 3, 4, 5]);
        cache.Write(before, Listing("Title"));

        Assert.That(File.Exists(cache.FileFor(before)), Is.False, "what was listed may be of either file");
    }

    [Test]
    public void Log_rule_markers_and_a_fix_declaring_settings_are_kept()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var key = PluginFingerprint.Of(dll, false, "")!;
        var listing = Listing("Title") with
        {
            Fixes = [new CachedFix("vendor.fix", "Fix", Scenario.Both, true, "what it does", ["vendor.check"], WuToolkit.Abstractions.Fixes.FixImpact.Gentle, "", true, [])],
            LogRules = [new CachedRule("vendor.rule", "Rule", [WuToolkit.Abstractions.Logs.LogKind.Cbs], ["Failed", "(F) "])],
        };

        cache.Write(key, listing);

        var read = cache.Read(key)!;
        Assert.That(read.LogRules.Single().Markers, Is.EqualTo(new[] { "Failed", "(F) " }));
        Assert.That(read.Fixes.Single().DeclaresSettings, Is.True);
    }

    [Test]
    public void A_new_file_beside_the_plugin_is_a_change()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        cache.Write(PluginFingerprint.Of(dll, false, "")!, Listing("Title"));

        Directory.CreateDirectory(temp.Combine("Vendor", "ja"));
        File.WriteAllBytes(temp.Combine("Vendor", "ja", "Vendor.resources.dll"), [9]);

        Assert.That(cache.Read(PluginFingerprint.Of(dll, false, "")!), Is.Null, "new satellite resources may change the texts");
    }

    [Test]
    public void Another_wutk_version_or_format_is_ignored()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var key = PluginFingerprint.Of(dll, false, "")!;
        cache.Write(key, Listing("Title"));

        Assert.That(new PluginMetadataCache(cache.Folder, "2.0.0").Read(key), Is.Null);
        var written = File.ReadAllText(cache.FileFor(key));
        Assert.That(written, Does.Contain($"\"format\":{PluginMetadataCache.Format},"));
        File.WriteAllText(cache.FileFor(key), written.Replace($"\"format\":{PluginMetadataCache.Format},", "\"format\":99,", StringComparison.Ordinal));
        Assert.That(cache.Read(key), Is.Null);
        File.WriteAllText(cache.FileFor(key), written.Replace($"\"format\":{PluginMetadataCache.Format},", "\"format\":1,", StringComparison.Ordinal));
        Assert.That(cache.Read(key), Is.Null, "an entry of the first format has no markers: it is ignored and written again");
    }

    [TestCase("markers")]
    [TestCase("kinds")]
    public void An_entry_missing_a_member_is_no_entry(string member)
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var key = PluginFingerprint.Of(dll, false, "")!;
        cache.Write(key, Listing("Title") with { LogRules = [new CachedRule("vendor.rule", "Rule", [WuToolkit.Abstractions.Logs.LogKind.Cbs], ["Failed"])] });
        var entry = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(cache.FileFor(key)))!;
        Assert.That(entry["plugin"]!["logRules"]![0]!.AsObject().Remove(member), Is.True);

        File.WriteAllText(cache.FileFor(key), entry.ToJsonString());

        Assert.That(cache.Read(key), Is.Null, "a listing with holes would drop the rule's markers or kinds");
    }

    [TestCase("")]
    [TestCase("{")]
    [TestCase("null")]
    [TestCase("[1,2]")]
    [TestCase("{\"format\":1,\"tool\":\"1.0.0\"}")]
    [TestCase("\u0000\u0001garbage")]
    [TestCase("{\"format\":2,\"tool\":\"1.0.0\",\"key\":null,\"sha256\":\"\",\"plugin\":null}")]
    public void A_corrupt_file_is_no_entry_and_is_replaced(string content)
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var key = PluginFingerprint.Of(dll, false, "")!;
        cache.Write(key, Listing("Title"));
        File.WriteAllText(cache.FileFor(key), content);

        Assert.That(cache.Read(key), Is.Null);
        cache.Write(key, Listing("Again"));
        Assert.That(cache.Read(key)!.Checks[0].Title, Is.EqualTo("Again"));
    }

    [Test]
    public async Task Writers_at_once_leave_one_whole_file_and_no_temporary_ones()
    {
        using var temp = new TempFolder();
        var (cache, dll) = Prepare(temp);
        var key = PluginFingerprint.Of(dll, false, "")!;
        var longTitle = new string('x', 200_000);
        using var start = new ManualResetEventSlim();
        var readsSeen = 0;
        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            // Two caches on one folder stand for two wutk processes.
            var mine = new PluginMetadataCache(cache.Folder, "1.0.0");
            start.Wait();
            for (var i = 0; i < 25; i++)
            {
                mine.Write(key, Listing(writer + longTitle));
                if (mine.Read(key) is { } read)
                {
                    Assert.That(read.Checks[0].Title, Has.Length.EqualTo(longTitle.Length + 1), "never half a file");
                    Interlocked.Increment(ref readsSeen);
                }
            }
        })).ToList();

        start.Set();
        await Task.WhenAll(writers);

        Assert.That(readsSeen, Is.GreaterThan(0));
        Assert.That(cache.Read(key)!.Checks[0].Title, Has.Length.EqualTo(longTitle.Length + 1));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(cache.FileFor(key))!), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public void A_missing_plugin_has_no_fingerprint()
    {
        using var temp = new TempFolder();
        Assert.That(PluginFingerprint.Of(temp.Combine("Gone", "Gone.dll"), false, ""), Is.Null);
    }
}
