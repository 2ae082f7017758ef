using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// Hands out one string per distinct level or component name ("Info", "CBS", "DownloadManager"), looked up
/// from the line's bytes or characters without allocating. A log has a few dozen of them across millions of
/// lines. The pool stops growing at a bound so that hostile input with a new name on every line costs only
/// its own strings.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 4096;
    private const int MaxPooledLength = 64;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // The names seen last, by their first code units: a log repeats a handful of names line after line, and
    // comparing a few bytes is much cheaper than hashing them for the dictionary.
    private readonly (object? Key, string Value)[] _recent = new (object?, string)[32];

    public StringPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get<T>(ReadOnlySpan<T> name, Encoding encoding)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (name.IsEmpty)
        {
            return "";
        }

        if (name.Length > MaxPooledLength)
        {
            return Lookup(name, encoding);
        }

        var slot = ((name.Length * 7) + CodeUnits<T>.At(name, 0) + (CodeUnits<T>.At(name, name.Length - 1) * 3)) & (_recent.Length - 1);
        if (_recent[slot].Key is T[] key && name.SequenceEqual(key))
        {
            return _recent[slot].Value;
        }

        var value = Lookup(name, encoding);
        _recent[slot] = (name.ToArray(), value);
        return value;
    }

    public string Get(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return "";
        }

        if (_lookup.TryGetValue(name, out var known))
        {
            return known;
        }

        var created = name.ToString();
        if (_strings.Count < MaxEntries && created.Length <= MaxPooledLength)
        {
            _strings.Add(created, created);
        }

        return created;
    }

    private string Lookup<T>(ReadOnlySpan<T> name, Encoding encoding)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (typeof(T) == typeof(char))
        {
            return Get(MemoryMarshal.Cast<T, char>(name));
        }

        var bytes = MemoryMarshal.Cast<T, byte>(name);
        if (bytes.Length > MaxPooledLength || !Ascii.IsValid(bytes))
        {
            return encoding.GetString(bytes);
        }

        Span<char> chars = stackalloc char[bytes.Length];
        Ascii.ToUtf16(bytes, chars, out _);
        return Get(chars);
    }
}
