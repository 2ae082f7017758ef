using WuToolkit.Host.Configuration;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>The machine-wide configuration file: what is written reads back the same; what cannot be read, or makes no
/// sense, is ignored with a warning and never trusts anything.</summary>
public class MachineConfigurationFileTests
{
    private static readonly string Hash = new('a', 64);

    private static readonly PluginPin Pin = new(Hash, [new PinnedFile("Contoso.dll", 12, Hash), new PinnedFile("lib/Helper.dll", 3, new string('b', 64))])
    {
        TrustedPath = "/opt/plugins/Contoso/Contoso.dll",
        TrustedUtc = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero),
    };

    [Test]
    public async Task What_is_written_reads_back_the_same()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("config", "config.json");
        var written = MachineConfiguration.Empty
            .With("Contoso", plugin => plugin with { Pin = Pin })
            .With("Fabrikam", plugin => plugin with { Isolate = true });

        await MachineConfigurationFile.WriteAsync(file, written, CancellationToken.None);
        var read = MachineConfigurationFile.Read(file, out var warnings);

        Assert.That(warnings, Is.Empty);
        Assert.That(read.Pins["contoso"].Files, Is.EqualTo(Pin.Files));
        Assert.That(read.Pins["Contoso"] with { Files = [] }, Is.EqualTo(Pin with { Files = [] }));
        Assert.That(read.Isolated, Is.EquivalentTo(new[] { "Fabrikam" }));
    }

    [Test]
    public void A_missing_file_is_an_empty_configuration_without_a_word()
    {
        var read = MachineConfigurationFile.Read("/nonexistent/wutk/config.json", out var warnings);

        Assert.That(read.Plugins, Is.Empty);
        Assert.That(warnings, Is.Empty);
    }

    [TestCase("not json")]
    [TestCase("[1, 2]")]
    [TestCase("{\"plugins\": {\"Contoso\": {\"trust\": {\"sha256\": \"aa\" ")]
    public void A_file_that_is_no_configuration_is_ignored_with_a_warning(string text)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("config.json"), text);

        var read = MachineConfigurationFile.Read(temp.Combine("config.json"), out var warnings);

        Assert.That(read.Plugins, Is.Empty);
        Assert.That(warnings, Has.One.Contains("is ignored"));
    }

    [TestCase("{\"sha256\": \"HASH\", \"files\": [{\"path\": \"../../etc/passwd\", \"size\": 1, \"sha256\": \"HASH\"}]}", TestName = "A file path that leaves the plugin's folder")]
    [TestCase("{\"sha256\": \"nothex\", \"files\": [{\"path\": \"Contoso.dll\", \"size\": 1, \"sha256\": \"HASH\"}]}", TestName = "A hash that is no SHA-256")]
    [TestCase("{\"sha256\": \"HASH\", \"files\": []}", TestName = "No files")]
    [TestCase("{\"sha256\": \"HASH\", \"files\": [{\"path\": \"Contoso.dll\", \"size\": -1, \"sha256\": \"HASH\"}]}", TestName = "A negative size")]
    [TestCase("{\"sha256\": \"HASH\", \"files\": [{\"path\": \"Other.dll\", \"size\": 1, \"sha256\": \"BBBB\"}]}", TestName = "The DLL's hash among no file")]
    public void A_pin_that_makes_no_sense_is_ignored_whole_with_a_warning(string trust)
    {
        using var temp = new TempFolder();
        var text = "{\"plugins\": {\"Contoso\": {\"isolate\": true, \"trust\": " + trust.Replace("HASH", Hash, StringComparison.Ordinal).Replace("BBBB", new string('b', 64), StringComparison.Ordinal) + "}}}";
        File.WriteAllText(temp.Combine("config.json"), text);

        var read = MachineConfigurationFile.Read(temp.Combine("config.json"), out var warnings);

        Assert.That(read.Pins, Is.Empty);
        Assert.That(read.Isolated, Is.EquivalentTo(new[] { "Contoso" }), "what else is set for the plugin still counts");
        Assert.That(warnings, Has.One.Contains("'Contoso'").And.Contain("wutk plugins trust Contoso"));
    }

    [Test]
    public void Members_a_later_wutk_writes_are_skipped()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("config.json"), "{\"schemaVersion\": 2, \"telemetry\": false, \"plugins\": {\"Contoso\": {\"isolate\": true, \"memoryMB\": 64}}}");

        var read = MachineConfigurationFile.Read(temp.Combine("config.json"), out var warnings);

        Assert.That(read.Isolated, Is.EquivalentTo(new[] { "Contoso" }));
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void A_plugin_left_with_nothing_set_is_removed()
    {
        var configuration = MachineConfiguration.Empty.With("Contoso", plugin => plugin with { Isolate = true });

        Assert.That(configuration.With("CONTOSO", plugin => plugin with { Isolate = false }).Plugins, Is.Empty);
    }
}
