using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Tests.Support;

/// <summary>Checks made of a lambda, for driving the run engine directly.</summary>
internal static class TestChecks
{
    public static CheckDescriptor Make(string id, Func<CheckContext, CancellationToken, Task<CheckResult>> run, string plugin = "Test", Scenario scenario = Scenario.Both, params string[] tags) =>
        new(plugin, new CheckMetadata { Id = id, Title = id, Scenario = scenario, Tags = tags }, () => new LambdaCheck(run));

    public static CheckDescriptor Passing(string id, string plugin = "Test", Scenario scenario = Scenario.Both, params string[] tags) =>
        Make(id, (_, _) => Task.FromResult(CheckResult.Pass("fine")), plugin, scenario, tags);

    /// <summary>A deep check (<see cref="CheckMetadata.Deep"/>) made of a lambda.</summary>
    public static CheckDescriptor Deep(string id, Func<CheckContext, CancellationToken, Task<CheckResult>> run)
    {
        var check = Make(id, run);
        check.Metadata.Deep = true;
        return check;
    }

    private sealed class LambdaCheck(Func<CheckContext, CancellationToken, Task<CheckResult>> run) : ICheck
    {
        public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) => run(context, cancellationToken);
    }
}
