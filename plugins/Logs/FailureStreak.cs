namespace WuToolkit.Plugins.Logs;

/// <summary>The failures of one update (or of searching for updates) within the window, and whether the client has
/// got past them since.</summary>
/// <param name="Last">The newest failure.</param>
/// <param name="Failures">How many failures in the window.</param>
/// <param name="Cleared">Whether a later success got past them: the update installed (or, for a download, downloaded),
/// a later Windows cumulative update installed, or, for a search, anything succeeded.</param>
internal sealed record FailureStreak(UpdateAttempt Last, int Failures, bool Cleared);
