using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Plugins.Cache.Fixes;

internal static class StepLists
{
    /// <summary>Adds a step that planning found to be needed; <see langword="null"/> (nothing to do) adds nothing.</summary>
    public static void AddIfAny(this List<FixStep> steps, FixStep? step)
    {
        if (step is not null)
        {
            steps.Add(step);
        }
    }
}
