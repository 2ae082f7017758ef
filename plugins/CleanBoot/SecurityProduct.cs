using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.CleanBoot;

/// <summary>Software known to get in the way of update installation, recognised by its services.</summary>
/// <param name="Name">The product as people know it, such as <c>McAfee</c>.</param>
/// <param name="ServiceNamePrefixes">Starts of its services' short names, such as <c>mfe</c> for <c>mfemms</c>.
/// Short names are matched only at their start, because fragments as short as "avp" occur inside other words.</param>
/// <param name="Words">Words that appear in its services' display names or publisher, matched as whole words
/// ("ESET" must not match "Reset").</param>
internal sealed record SecurityProduct(string Name, IReadOnlyList<string> ServiceNamePrefixes, IReadOnlyList<string> Words)
{
    /// <summary>Whether <paramref name="service"/> belongs to this product.</summary>
    public bool Matches(ServiceInfo service) =>
        ServiceNamePrefixes.Any(prefix => service.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || Words.Any(word => HasWord(service.DisplayName, word) || HasWord(service.Publisher, word));

    /// <summary>Whether a product name as Windows Security Center reports it (such as <c>McAfee Total Protection</c>)
    /// is this product: the same whole words that recognise its services.</summary>
    public bool MatchesName(string productName) => Words.Any(word => HasWord(productName, word));

    private static bool HasWord(string? text, string word)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
