using System.Buffers;
using System.Text;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// The words the rules reading a file need (their markers): an entry of a line log in which none of them occurs,
/// case-insensitively, in any of its lines as written, is counted but never built. One filter serves one file: it
/// also counts the entries it let pass unbuilt.
/// </summary>
internal sealed class MarkerFilter
{
    private readonly string[] _markers;
    private MarkerSearch? _chars;
    private (Encoding Encoding, MarkerSearch Values)? _bytes;

    /// <param name="markers">The words; none empty.</param>
    public MarkerFilter(IEnumerable<string> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        _markers = markers.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (_markers.Length == 0 || Array.Exists(_markers, string.IsNullOrEmpty))
        {
            throw new ArgumentException("markers must be words, and at least one", nameof(markers));
        }
    }

    /// <summary>The entries not built because no marker occurs in them.</summary>
    public long Skipped { get; private set; }

    public void CountSkipped() => Skipped++;

    /// <summary>The markers, to search characters (UTF-16 input).</summary>
    public MarkerSearch ForChars() => _chars ??= MarkerSearch.Create(_markers.SelectMany(Forms));

    /// <summary>
    /// The markers as <paramref name="encoding"/> writes them, each byte as one character (Latin-1), to search bytes
    /// widened the same way: ASCII letters still match in either case, and a word in another script (Japanese) matches
    /// its exact bytes. Its upper- and lower-case forms are searched too, for letters beyond ASCII.
    /// </summary>
    public MarkerSearch ForBytes(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (_bytes is { } known && ReferenceEquals(known.Encoding, encoding))
        {
            return known.Values;
        }

        var values = MarkerSearch.Create(_markers.SelectMany(Forms).Select(form => Encoding.Latin1.GetString(encoding.GetBytes(form))));
        _bytes = (encoding, values);
        return values;
    }

    private static IEnumerable<string> Forms(string marker) => [marker, marker.ToUpperInvariant(), marker.ToLowerInvariant()];
}

/// <summary>
/// Markers made searchable: the ASCII ones case-insensitively in one vectorized set, the others (each in its exact forms)
/// in a second, since one set mixing both was measured to miss mixed-case ASCII words.
/// </summary>
internal sealed class MarkerSearch
{
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;

    private MarkerSearch(SearchValues<string>? ascii, SearchValues<string>? other) => (_ascii, _other) = (ascii, other);

    public static MarkerSearch Create(IEnumerable<string> forms)
    {
        var all = forms.Where(form => form.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var ascii = all.Where(form => Ascii.IsValid(form)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var other = all.Where(form => !Ascii.IsValid(form)).ToArray();
        return new MarkerSearch(
            ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null,
            other.Length > 0 ? SearchValues.Create(other, StringComparison.Ordinal) : null);
    }

    /// <summary>Where the first marker starts in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var found = _ascii is null ? -1 : text.IndexOfAny(_ascii);
        if (_other is not null)
        {
            var limit = found < 0 ? text : text[..found];
            var other = limit.IndexOfAny(_other);
            if (other >= 0)
            {
                found = other;
            }
        }

        return found;
    }
}
