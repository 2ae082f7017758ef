using WuToolkit.Host.Cli;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Startup;

/// <summary><c>--version</c> and <c>--help</c> answer without loading any plugin, and the help still names every command.</summary>
[NonParallelizable]
public class FastPathTests
{
    [Test]
    public async Task Version_loads_no_plugin()
    {
        var before = LoadContexts.Now();

        var result = await Support.Cli.RunAsync("--version");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output.Trim(), Does.StartWith(HostSession.ToolVersion));
        Assert.That(LoadContexts.PluginsLoadedSince(before), Is.Empty);
    }

    [Test]
    public async Task Help_loads_no_plugin_and_names_every_command()
    {
        var before = LoadContexts.Now();

        var result = await Support.Cli.RunAsync("--help");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(LoadContexts.PluginsLoadedSince(before), Is.Empty);
        var commands = WutkCommandLine.Build(HostEnvironment.FromProcess()).Subcommands.Where(command => !command.Hidden).Select(command => command.Name).ToList();
        Assert.That(commands, Does.Contain("list").And.Contain("run").And.Contain("explain").And.Contain("logs").And.Contain("fix"));
        foreach (var command in commands)
        {
            Assert.That(result.Output, Does.Match($@"(?m)^\s+{command}\b"), $"help names {command}");
        }
    }

    [Test]
    public async Task A_commands_help_loads_no_plugin()
    {
        var before = LoadContexts.Now();

        var result = await Support.Cli.RunAsync("run", "--help");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output, Does.Contain("--snapshot"));
        Assert.That(LoadContexts.PluginsLoadedSince(before), Is.Empty);
    }
}
