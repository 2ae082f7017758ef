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

        var values = ForBytes(encoding, MarkerSearch.MaxPerSet);
        _bytes = (encoding, values);
        return values;
    }

    /// <summary>As <see cref="ForBytes(Encoding)"/>, with at most <paramref name="maxPerSet"/> forms searched in one set
    /// (for the benchmark that compares set sizes), not kept.</summary>
    internal MarkerSearch ForBytes(Encoding encoding, int maxPerSet) =>
        MarkerSearch.Create(_markers.SelectMany(Forms).Select(form => Encoding.Latin1.GetString(encoding.GetBytes(form))), maxPerSet);

    private static IEnumerable<string> Forms(string marker) => [marker, marker.ToUpperInvariant(), marker.ToLowerInvariant()];
}

/// <summary>
/// Markers made searchable: the ASCII ones case-insensitively, the others (each in its exact forms) apart, since one set
/// mixing both was measured to miss mixed-case ASCII words. The ASCII ones are split into sets of at most
/// <see cref="MaxPerSet"/>: one vectorized set of the setup rules' 67 markers searched setupact.log at about 80 MB/s, its
/// candidates mostly false, while sets of at most 12 searched one after the other, each keeping its next find, went
/// about seven times as fast (the <c>reader</c> benchmark compares sets of 8, 12, 16 and 24; 12 was fastest). A form
/// that holds another form is dropped: wherever it occurs, so does the shorter one.
/// </summary>
internal sealed class MarkerSearch
{
    /// <summary>The most forms in one set: past about this many, the vectorized search's candidates are mostly false.</summary>
    internal const int MaxPerSet = 12;

    private readonly SearchValues<string>[] _sets;

    private MarkerSearch(SearchValues<string>[] sets) => _sets = sets;

    /// <summary>How many sets are searched apart (see <see cref="IndexIn(int, ReadOnlySpan{char})"/>).</summary>
    public int Sets => _sets.Length;

    public static MarkerSearch Create(IEnumerable<string> forms, int maxPerSet = MaxPerSet)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerSet, 1);
        var all = forms.Where(form => form.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var ascii = Shortest(all.Where(form => Ascii.IsValid(form)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), StringComparison.OrdinalIgnoreCase);
        var other = Shortest(all.Where(form => !Ascii.IsValid(form)).ToList(), StringComparison.Ordinal);
        var sets = new List<SearchValues<string>>();
        if (ascii.Count > 0)
        {
            // Sorted, so that forms alike share a set; the sets as even as can be.
            ascii.Sort(StringComparer.OrdinalIgnoreCase);
            var count = (int)(((long)ascii.Count + maxPerSet - 1) / maxPerSet);
            for (var set = 0; set < count; set++)
            {
                var (from, to) = (ascii.Count * set / count, ascii.Count * (set + 1) / count);
                sets.Add(SearchValues.Create(ascii.GetRange(from, to - from).ToArray(), StringComparison.OrdinalIgnoreCase));
            }
        }

        if (other.Count > 0)
        {
            sets.Add(SearchValues.Create(other.ToArray(), StringComparison.Ordinal));
        }

        return new MarkerSearch([.. sets]);
    }

    /// <summary>Where the first marker of set <paramref name="set"/> starts in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(int set, ReadOnlySpan<char> text) => text.IndexOfAny(_sets[set]);

    /// <summary>Where the first marker starts in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var found = -1;
        for (var set = 0; set < _sets.Length; set++)
        {
            var at = IndexIn(set, found < 0 ? text : text[..found]);
            if (at >= 0)
            {
                found = at;
            }
        }

        return found;
    }

    /// <summary>The forms that hold no other form: the line holding a longer one holds the shorter one too.</summary>
    private static List<string> Shortest(List<string> forms, StringComparison comparison) =>
        forms.Where(form => !forms.Exists(other => other.Length < form.Length && form.Contains(other, comparison))).ToList();
}
