namespace WuToolkit.Host.Machines.Parsing;

/// <summary>What <c>sc.exe sdshow &lt;service&gt;</c> prints: a blank line, then the descriptor in SDDL on one line. SDDL
/// is the same in every language, so reading it is no parsing of localized text.</summary>
internal static class ScSecurityOutput
{
    /// <summary>The descriptor, or <see langword="null"/> when the output holds none (an error message instead).</summary>
    public static string? Sddl(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split('\n')
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.Length > 2 && line[1] == ':' && line[0] is 'D' or 'O' or 'G' or 'S' && line.Contains('(', StringComparison.Ordinal));
    }
}
