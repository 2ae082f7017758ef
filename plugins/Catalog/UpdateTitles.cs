namespace WuToolkit.Plugins.Catalog;

/// <summary>
/// Tells the kinds of update apart by title, the only place the history says what an update is.
/// English titles: the agent reports them in the language of the Windows Update catalog, which is English.
/// </summary>
internal static class UpdateTitles
{
    // The phrase must name Windows: ".NET Framework" cumulative updates ("Cumulative Update for .NET Framework 3.5
    // and 4.8.1 for Windows 10 …") ship on their own schedule and say nothing about the monthly Windows update.
    // Previews are full cumulative updates too, and Windows Server 2022 names its own "Microsoft server operating system".
    private static readonly string[] CumulativePhrases =
    [
        "Cumulative Update for Windows",
        "Cumulative Update Preview for Windows",
        "Cumulative Update for Microsoft server operating system",
    ];

    /// <summary>Whether the title is a monthly latest cumulative update (LCU) of Windows.</summary>
    public static bool IsCumulative(string title) =>
        CumulativePhrases.Any(phrase => title.Contains(phrase, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the title is a standalone servicing stack update (SSU). Since 2021 most Windows versions
    /// ship the SSU inside the LCU, so having none in the history is normal there.</summary>
    public static bool IsServicingStack(string title) =>
        title.Contains("Servicing Stack Update", StringComparison.OrdinalIgnoreCase);
}
