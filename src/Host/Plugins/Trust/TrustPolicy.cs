namespace WuToolkit.Host.Plugins.Trust;

/// <summary>
/// Decides, before any of a plugin's code runs, whether it may load and from where. Elevated, a plugin loads when it is
/// built in, when only administrators can change it and the folders above it, or when an administrator pinned it and
/// its files are still as pinned (it then loads from a verified private copy); otherwise it is refused. Not elevated,
/// the same is worked out and shown but decides nothing.
/// </summary>
public sealed class TrustPolicy
{
    private readonly Dictionary<string, PluginPin> _pins;
    private readonly VerifiedCopies? _copies;
    private readonly Func<string, LocationVerdict> _judge;

    /// <param name="elevated">Whether wutk runs as Administrator or root: only then are untrusted plugins refused.</param>
    /// <param name="pins">What administrators trusted, by plugin name (case-insensitive).</param>
    /// <param name="copies">Where pinned plugins are copied before they load; null to load them where they lie.</param>
    /// <param name="judge">Who may change a file where it lies; by default this system's owners and ACLs.</param>
    public TrustPolicy(bool elevated, IReadOnlyDictionary<string, PluginPin> pins, VerifiedCopies? copies, Func<string, LocationVerdict>? judge = null)
    {
        ArgumentNullException.ThrowIfNull(pins);
        Elevated = elevated;
        _pins = new Dictionary<string, PluginPin>(pins, StringComparer.OrdinalIgnoreCase);
        _copies = copies;
        _judge = judge ?? FileLocation.Judge;
    }

    /// <summary>No pins, not elevated: every plugin loads (what tests that are not about trust use).</summary>
    public static TrustPolicy NotElevated { get; } = new(false, new Dictionary<string, PluginPin>(), null);

    public bool Elevated { get; }

    /// <summary>How far <paramref name="candidate"/> is trusted, and the DLL to load it from (a verified copy for a
    /// pinned plugin that lies where others can write).</summary>
    public (PluginTrust Trust, string LoadFrom) Decide(PluginCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Folder.Origin == PluginOrigin.BuiltIn)
        {
            return (PluginTrust.BuiltIn(Elevated), candidate.AssemblyPath);
        }

        var location = _judge(candidate.AssemblyPath);
        if (location.AdministratorsOnly)
        {
            return (new PluginTrust(TrustState.AdministratorsOnly, Elevated), candidate.AssemblyPath);
        }

        if (!_pins.TryGetValue(candidate.Name, out var pin))
        {
            return (new PluginTrust(TrustState.NotPinned, Elevated) { Reasons = location.Reasons }, candidate.AssemblyPath);
        }

        string? difference;
        string? copy = null;
        try
        {
            if (Elevated && _copies is not null)
            {
                copy = _copies.Copy(candidate, pin, out difference);
            }
            else
            {
                difference = PluginFiles.Difference(pin, PluginFiles.Fingerprint(candidate));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            difference = ex.Message.ReplaceLineEndings(" ");
        }

        var trust = new PluginTrust(difference is null ? TrustState.Pinned : TrustState.Changed, Elevated)
        {
            Reasons = location.Reasons,
            Change = difference,
            Sha256 = difference is null ? pin.Sha256 : null,
        };
        return (trust, copy ?? candidate.AssemblyPath);
    }
}
