using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WuToolkit.Host.Reports.Bundle;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk collect -o case.zip</c>: what the bundle holds, its manifest, redaction, and safe writing.</summary>
public class BundleTests
{
    private static Dictionary<string, byte[]> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Test]
    public async Task The_line_saying_the_bundle_was_written_counts_one_log_file_in_the_singular()
    {
        using var temp = new TempFolder();
        var (utf8, utf16) = RedactionFixture.WriteLogs(temp.Path);

        var one = await Support.Cli.RunAsync("collect", "-o", temp.Combine("one.zip"), "--log", utf8, "disk.free-space");
        var two = await Support.Cli.RunAsync("collect", "-o", temp.Combine("two.zip"), "--log", utf8, "--log", utf16, "disk.free-space");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(one.ExitCode, Is.Zero, one.Error);
            Assert.That(one.Error, Does.Contain(" 1 log file (").And.Not.Contain("log files"));
            Assert.That(two.Error, Does.Contain(" 2 log files ("));
        }
    }

    [Test]
    public async Task Collect_to_a_zip_holds_the_snapshot_the_results_the_logs_and_a_manifest_of_them()
    {
        using var temp = new TempFolder();
        var (utf8, utf16) = RedactionFixture.WriteLogs(temp.Path);
        var zip = temp.Combine("out", "case.zip");

        var result = await Support.Cli.RunAsync("collect", "-o", zip, "--log", utf8, "--log", utf16, "--format", "json", "disk.free-space");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var entries = Entries(zip);
        var manifestText = Encoding.UTF8.GetString(entries["manifest.json"]);
        Assert.That(SchemaFiles.Errors(SchemaFiles.BundleManifest, manifestText), Is.Empty, manifestText);
        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, Encoding.UTF8.GetString(entries["results.json"])), Is.Empty);
        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, Encoding.UTF8.GetString(entries["snapshot.json"])), Is.Empty);
        using var manifest = JsonDocument.Parse(manifestText);
        var listed = manifest.RootElement.GetProperty("entries").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed.Select(e => e.GetProperty("name").GetString()), Is.EquivalentTo(entries.Keys.Where(name => name != "manifest.json")));
            foreach (var entry in listed)
            {
                var bytes = entries[entry.GetProperty("name").GetString()!];
                Assert.That(entry.GetProperty("size").GetInt64(), Is.EqualTo(bytes.Length));
                Assert.That(entry.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
                Assert.That(entry.GetProperty("truncated").GetBoolean(), Is.False);
            }

            Assert.That(entries["logs/01-CBS.log"], Is.EqualTo(File.ReadAllBytes(utf8)), "without --redact a log is carried byte for byte");
            Assert.That(entries["logs/02-setupapi.dev.log"], Is.EqualTo(File.ReadAllBytes(utf16)));
            Assert.That(manifest.RootElement.GetProperty("redacted").GetBoolean(), Is.False);
            Assert.That(Directory.GetFiles(temp.Combine("out")), Has.Length.EqualTo(1), "no temporary file left");
        }

        var report = await Support.Cli.RunAsync("report", "--format", "json", zip);
        Assert.That(JsonDocument.Parse(report.Output).RootElement.GetProperty("summary").GetProperty("machines").GetInt32(), Is.EqualTo(1), report.Error);
    }

    [Test]
    public async Task Redacted_bundle_keeps_no_identifying_value_in_any_entry_and_keeps_healthy_ones()
    {
        using var temp = new TempFolder();
        var (utf8, utf16) = RedactionFixture.WriteLogs(temp.Path);
        var zip = temp.Combine("case.zip");
        var writer = new BundleWriter("1.2.0", DateTimeOffset.UnixEpoch, new Redactor("salt"));

        await using (var stream = File.Create(zip))
        {
            await writer.WriteAsync(stream, Encoding.UTF8.GetBytes(RedactionFixture.SnapshotJson()), Encoding.UTF8.GetBytes(RedactionFixture.ResultsJson()), [utf8, utf16], CancellationToken.None);
        }

        var entries = Entries(zip);
        Assert.That(entries.Keys, Is.EquivalentTo(new[] { "snapshot.json", "results.json", "logs/01-CBS.log", "logs/02-setupapi.dev.log", "manifest.json" }));
        using (Assert.EnterMultipleScope())
        {
            foreach (var (name, bytes) in entries)
            {
                foreach (var secret in RedactionFixture.Secrets)
                {
                    Assert.That(RedactionFixture.Holds(bytes, secret), Is.False, $"{secret} survived in {name}");
                }
            }

            foreach (var name in new[] { "snapshot.json", "results.json", "logs/01-CBS.log", "logs/02-setupapi.dev.log" })
            {
                var text = Encoding.UTF8.GetString(entries[name]);
                Assert.That(text, Does.Contain("KB5034441").And.Contain("0x80070643"), name);
                Assert.That(text, name == "results.json" ? Does.Contain("catalog.failed-updates") : Does.Contain("download.windowsupdate.com"), name);
                Assert.That(text, Does.Contain("user-1").And.Match("host-[0-9a-f]{16}"), name);
            }

            var log = Encoding.UTF8.GetString(entries["logs/01-CBS.log"]);
            Assert.That(log, Does.Contain("10.0.22631.4460").And.Contain("127.0.0.1"), "versions and loopback are no secrets");
            Assert.That(log, Does.Contain("serial-1").And.Contain("key-1").And.Contain("email-1").And.Contain("mac-1").And.Contain("ip-1").And.Contain("ip-2"));
            Assert.That(Encoding.UTF8.GetString(entries["logs/02-setupapi.dev.log"]), Is.EqualTo(log), "the UTF-16 log reads the same once redacted");
            JsonDocument.Parse(entries["snapshot.json"]).Dispose();
            var manifest = Encoding.UTF8.GetString(entries["manifest.json"]);
            Assert.That(SchemaFiles.Errors(SchemaFiles.BundleManifest, manifest), Is.Empty);
            Assert.That(manifest, Does.Contain("\"redacted\": true"));
        }
    }

    [Test]
    public async Task Collect_with_redact_hides_the_values_of_a_log_it_was_given()
    {
        using var temp = new TempFolder();
        var (utf8, utf16) = RedactionFixture.WriteLogs(temp.Path);
        var zip = temp.Combine("case.zip");

        var result = await Support.Cli.RunAsync("collect", "-o", zip, "--redact", "--log", utf8, "--log", utf16, "disk.free-space");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (name, bytes) in Entries(zip))
            {
                // A serial number has no shape of its own: it is known, and redacted everywhere, where a snapshot's member
                // names it (the test above). This PC's snapshot records none, so a bare serial in a log cannot be known.
                foreach (var secret in RedactionFixture.Secrets.Where(secret => secret != RedactionFixture.Serial))
                {
                    Assert.That(RedactionFixture.Holds(bytes, secret), Is.False, $"{secret} survived in {name}");
                }
            }
        }
    }

    [Test]
    public async Task A_log_longer_than_the_cap_keeps_its_end_and_says_so()
    {
        using var temp = new TempFolder();
        var big = temp.Combine("CBS.log");
        await using (var writer = new StreamWriter(big))
        {
            var line = new string('x', 1000);
            for (var i = 0; i < (BundleLimits.PerFileBytes / 1002) + 2000; i++)
            {
                await writer.WriteAsync($"{i:D8} {line}\r\n");
            }

            await writer.WriteAsync("the last line");
        }

        var zip = temp.Combine("case.zip");
        var bundle = new BundleWriter("1.2.0", DateTimeOffset.UnixEpoch, null);
        await using (var stream = File.Create(zip))
        {
            await bundle.WriteAsync(stream, "{}"u8.ToArray(), "{}"u8.ToArray(), [big], CancellationToken.None);
        }

        var entries = Entries(zip);
        var log = entries["logs/01-CBS.log"];
        using var manifest = JsonDocument.Parse(entries["manifest.json"]);
        var entry = manifest.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "log");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(log.LongLength, Is.LessThanOrEqualTo(BundleLimits.PerFileBytes));
            Assert.That(Encoding.ASCII.GetString(log, log.Length - 13, 13), Is.EqualTo("the last line"));
            Assert.That(char.IsAsciiDigit((char)log[0]), Is.True, "the first line kept is a whole line");
            Assert.That(entry.GetProperty("truncated").GetBoolean(), Is.True);
            Assert.That(entry.GetProperty("sourceSize").GetInt64(), Is.EqualTo(new FileInfo(big).Length));
            Assert.That(bundle.Warnings, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task A_bundle_that_cannot_be_written_leaves_nothing_and_log_options_need_a_zip()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("taken.zip"));
        var (utf8, _) = RedactionFixture.WriteLogs(temp.Path);

        var folder = await Support.Cli.RunAsync("collect", "-o", temp.Combine("taken.zip"), "--log", utf8, "disk.free-space");
        var notZip = await Support.Cli.RunAsync("collect", "-o", temp.Combine("pc.json"), "--redact", "disk.free-space");
        var missing = await Support.Cli.RunAsync("collect", "-o", temp.Combine("case.zip"), "--log", temp.Combine("nope.log"), "disk.free-space");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.ExitCode, Is.EqualTo(73), folder.Error);
            Assert.That(notZip.ExitCode, Is.EqualTo(2));
            Assert.That(missing.ExitCode, Is.EqualTo(66));
            Assert.That(Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "taken.zip", "CBS.log", "setupapi.dev.log" }));
        }
    }
}
