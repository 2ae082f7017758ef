using System.Text.RegularExpressions;

namespace WuToolkit.Host.Reports;

/// <summary>Finds the HRESULT-style error codes (<c>0x8024402C</c>) a finding's text names, in one spelling.</summary>
public static partial class ErrorCodeText
{
    [GeneratedRegex(@"(?<![0-9A-Za-z])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    /// <summary>Each code in <paramref name="text"/>, as <c>0x</c> and eight upper-case digits.</summary>
    public static IEnumerable<string> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (Match match in Code().Matches(text))
        {
            yield return "0x" + match.Groups[1].Value.ToUpperInvariant();
        }
    }
}
