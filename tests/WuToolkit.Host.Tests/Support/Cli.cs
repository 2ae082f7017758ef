using WuToolkit.Host.Cli;

namespace WuToolkit.Host.Tests.Support;

/// <summary>Runs the whole command line in-process, as a user would, with the built host's bundled plugins
/// and only the environment variables, standard input and cancellation a test gives it.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(
        string[] args,
        IReadOnlyDictionary<string, string>? variables = null,
        Stream? standardInput = null,
        Func<HostEnvironment, HostEnvironment>? adjust = null,
        CancellationToken cancellationToken = default) =>
        RunInAsync(adjust ?? (environment => environment), args, variables, standardInput, cancellationToken);

    /// <summary>As <see cref="RunAsync(string[], IReadOnlyDictionary{string, string}?, Stream?, CancellationToken)"/>, in
    /// surroundings <paramref name="adjust"/> changes (elevated, with a machine-wide configuration of the test's own).</summary>
    public static async Task<Result> RunInAsync(
        Func<HostEnvironment, HostEnvironment> adjust,
        string[] args,
        IReadOnlyDictionary<string, string>? variables = null,
        Stream? standardInput = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjust);
        var environment = new HostEnvironment(
            TestPaths.HostOutput,
            MachinePluginFolder: null,
            UserPluginFolder: null,
            name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            OutputIsTerminal: false,
            TerminalWidth: 0)
        {
            OpenStandardInput = () => standardInput ?? Stream.Null,
        };
        environment = adjust(environment);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await WutkCommandLine.RunAsync(args, environment, output, error, cancellationToken);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(args, null);
}
