namespace WuToolkit.Host.Machines.Parsing;

/// <summary>Optional features turned on, from WMI's Win32_OptionalFeature instances with InstallState 1 (enabled).</summary>
public static class OptionalFeatureFacts
{
    /// <summary>WMI's InstallState for a feature that is turned on (2 is disabled, 3 absent).</summary>
    public const int Enabled = 1;

    /// <summary>The names (<c>IIS-WebServerRole</c>, <c>Microsoft-Hyper-V</c>) of the enabled features, sorted.</summary>
    public static IReadOnlyList<string> EnabledNames(IEnumerable<CimRecord> features) =>
        features
            .Where(feature => feature.Number("InstallState") is null or Enabled)
            .Select(feature => feature.Text("Name"))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
