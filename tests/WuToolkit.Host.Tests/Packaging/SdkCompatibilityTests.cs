using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Packaging;

/// <summary>
/// The SDK's rules of growth are enforced by the build, not by good intentions: on a copy of the SDK's sources, removing
/// a public member fails the build (the public API analyzer holds it to PublicAPI.Shipped.txt) and, with the API files
/// edited to hide it, fails the pack (package validation against the released 1.0 package); adding an init property,
/// declared in PublicAPI.Unshipped.txt, passes both.
/// </summary>
[Category("Slow")]
public class SdkCompatibilityTests
{
    private const string Record = "src/Abstractions/Machine/Services.cs";
    private const string Member = "    /// <summary>The company that signed or published its binary, when known.</summary>\n    public string? Publisher { get; init; }";
    private const string Shipped = "WuToolkit.Abstractions.Machine.ServiceInfo.Publisher.get -> string?";

    private TempFolder _temp = null!;

    /// <summary>Each test edits a copy of its own: the SDK's sources and what its build reads, nothing else.</summary>
    [SetUp]
    public async Task Copy_the_sdk()
    {
        _temp = new TempFolder();
        await CleanCopy.MakeAsync(TestPaths.RepoRoot, _temp.Combine("repo"), under: ["src/Abstractions/", "eng/", "Directory.Build.props", "Directory.Packages.props", "nuget.config", "global.json"]);
    }

    [TearDown]
    public void Remove_the_copy() => _temp.Dispose();

    [Test]
    public async Task Removing_a_public_member_fails_the_build_naming_it()
    {
        await Edit(Record, Member, "");

        var build = await DotnetAsync("build", "src/Abstractions", "-c", "Release");

        Assert.That(build.ExitCode, Is.Not.Zero, build.ToString());
        Assert.That(build.Output, Does.Contain("RS0017").And.Contain("ServiceInfo.Publisher"));
    }

    [Test]
    public async Task Hidden_from_the_analyzer_the_same_removal_fails_the_pack_against_the_released_package()
    {
        await Edit(Record, Member, "");
        await Edit("src/Abstractions/PublicAPI.Shipped.txt", Shipped + "\n", "");
        await Edit("src/Abstractions/PublicAPI.Shipped.txt", "WuToolkit.Abstractions.Machine.ServiceInfo.Publisher.init -> void\n", "");

        var pack = await DotnetAsync("pack", "src/Abstractions", "-c", "Release", "-o", _temp.Combine("feed"));

        Assert.That(pack.ExitCode, Is.Not.Zero, pack.ToString());
        Assert.That(pack.Output, Does.Contain("CP0002").And.Contain("Publisher"));
    }

    [Test]
    public async Task Adding_an_init_property_declared_as_unshipped_builds_and_packs()
    {
        await Edit(Record, Member, Member + "\n\n    /// <summary>Added later.</summary>\n    public string? Group { get; init; }");
        await File.AppendAllTextAsync(Path.Combine(_temp.Combine("repo"), "src/Abstractions/PublicAPI.Unshipped.txt"),
            "WuToolkit.Abstractions.Machine.ServiceInfo.Group.get -> string?\nWuToolkit.Abstractions.Machine.ServiceInfo.Group.init -> void\n");

        var pack = await DotnetAsync("pack", "src/Abstractions", "-c", "Release", "-o", _temp.Combine("feed"));

        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
    }

    private async Task Edit(string relative, string from, string to)
    {
        var path = Path.Combine(_temp.Combine("repo"), relative);
        var text = await File.ReadAllTextAsync(path);
        Assert.That(text, Does.Contain(from), $"{relative} no longer holds what the test edits");
        await File.WriteAllTextAsync(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private Task<ProcessRunner.Result> DotnetAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, _temp.Combine("repo"), timeout: TimeSpan.FromMinutes(5));
}
