using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Localization;
using WuToolkit.Fixtures.Translated.Resources;

// The check's title and description in the user's language: keys translated.say-hello.Title and .Description.
[assembly: LocalizedMetadata(typeof(Strings))]

namespace WuToolkit.Fixtures.Translated;

/// <summary>A check whose title, description and message have a Japanese translation in a satellite assembly.</summary>
[ExportCheck("translated.say-hello", "Greets in the user's language", Description = "Passes with a greeting read from its resources in the user's language.")]
public sealed class GreetingCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass(Strings.Greeting));
}
