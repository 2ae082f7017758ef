using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Planning;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing;

/// <summary>Results, steps and plans in words, for the messages of failed assertions.</summary>
internal static class Describe
{
    private static readonly string Indent = Environment.NewLine + "  ";

    public static string Keys(CheckResult result) => string.Join(", ", result.Evidence.Select(evidence => evidence.Key));

    public static string Result(CheckResult result)
    {
        var lines = new List<string> { TestingStrings.FormatResultLine(result.Status, result.Summary) };
        lines.AddRange(result.Evidence.Select(evidence => TestingStrings.FormatEvidenceLine(evidence.Key, evidence.Value)));
        if (result.FixIds.Count > 0)
        {
            lines.Add(TestingStrings.FormatFixesLine(string.Join(", ", result.FixIds)));
        }

        return Indent + string.Join(Indent, lines);
    }

    public static string Plan(FixPlan plan) =>
        plan.Steps.Count == 0
            ? Indent + TestingStrings.NoSteps
            : Indent + string.Join(Indent, plan.Steps.Select((step, index) => $"{index + 1}. {Step(step)}"));

    public static string Step(FixStep step) => step switch
    {
        StopServiceStep stop => TestingStrings.FormatStepStop(stop.ServiceName),
        StartServiceStep start => TestingStrings.FormatStepStart(start.ServiceName),
        SetServiceStartTypeStep startType => TestingStrings.FormatStepStartType(startType.ServiceName, startType.StartType),
        RenameFolderStep rename => TestingStrings.FormatStepRename(rename.Path, rename.NewName),
        CreateFolderStep create => TestingStrings.FormatStepCreate(create.Path),
        SetRegistryValueStep set => TestingStrings.FormatStepRegistry(set.Key, set.Name, set.Kind, set.Data),
        RunProgramStep { IsReversible: true } run => TestingStrings.FormatStepRun(Command(run)),
        RunProgramStep run => TestingStrings.FormatStepRunIrreversible(Command(run)),
        _ => step.ToString(),
    };

    /// <summary>A fix engine's run, one line a step: what it is, how it ran and how undoing it went.</summary>
    public static string Run(FixRun run) =>
        run.Steps.Count == 0
            ? Indent + TestingStrings.NoSteps
            : Indent + string.Join(Indent, run.Steps.Select(step => TestingStrings.FormatRunStepLine(
                step.Index + 1, StepText.Describe(step.Step), step.Run, step.Message, step.Undo, step.UndoMessage)));

    private static string Command(RunProgramStep run) => string.Join(' ', [run.Program, .. run.Arguments]);
}
