using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Resources;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// Builds one entry from its first line and the continuation lines after it, joined with "\n". Most entries
/// are one line: their text is decoded straight from the line into its string, once. Continuation lines are
/// gathered in a reused buffer. The text stops growing at the entry limit (and says so once at its end), and
/// a line cut at the line limit says so where it was cut.
/// </summary>
internal sealed class EntryAssembler<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private readonly LogKind _kind;
    private readonly string _file;
    private readonly Encoding _encoding;
    private readonly int _maxChars;
    private readonly string _lineCutNote;
    private readonly string _entryCutNote;
    private char[] _buffer = [];
    private int _length;
    private bool _multiLine;
    private bool _capped;
    private string _first = "";
    private long _line;
    private DateTimeOffset? _time;
    private string _level = "";
    private string _component = "";

    public EntryAssembler(LogKind kind, string file, Encoding encoding, int maxEntryChars, int maxLineChars)
    {
        _kind = kind;
        _file = file;
        _encoding = encoding;
        _maxChars = maxEntryChars;
        _lineCutNote = " " + LogStrings.FormatLineCut(maxLineChars);
        _entryCutNote = "\n" + LogStrings.FormatEntryCut(maxEntryChars);
    }

    /// <summary>An entry has been started and not yet taken.</summary>
    public bool HasEntry { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Start(long line, in EntryHead head, ReadOnlySpan<T> message, bool lineCut)
    {
        HasEntry = true;
        _line = line;
        _time = head.Time;
        _level = head.Level;
        _component = head.Component;
        _multiLine = false;
        _capped = false;
        _first = CodeUnits<T>.ToString(CodeUnits<T>.TrimEnd(message), _encoding);
        if (lineCut)
        {
            _first += _lineCutNote;
        }
    }

    /// <summary>Adds a continuation line (a line without a timestamp) to the entry's text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Continue(ReadOnlySpan<T> line, bool lineCut)
    {
        if (_capped)
        {
            return;
        }

        if (!_multiLine)
        {
            _multiLine = true;
            _length = 0;
            Add(_first);
        }

        Add("\n");
        line = CodeUnits<T>.TrimEnd(line);
        var count = CodeUnits<T>.CharCount(line, _encoding);
        Ensure(_length + count);
        _length += CodeUnits<T>.CopyTo(line, _buffer.AsSpan(_length), _encoding);
        if (lineCut)
        {
            Add(_lineCutNote);
        }

        if (_length > _maxChars)
        {
            _length = _maxChars;
            _capped = true;
        }
    }

    /// <summary>The finished entry; the assembler is empty afterwards.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LogEntry Take()
    {
        HasEntry = false;
        var text = !_multiLine ? _first
            : _capped ? string.Concat(_buffer.AsSpan(0, _length), _entryCutNote)
            : new string(_buffer, 0, _length);
        return new LogEntry { Kind = _kind, File = _file, Line = _line, Time = _time, Level = _level, Component = _component, Text = text };
    }

    private void Add(string text)
    {
        Ensure(_length + text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Ensure(int size)
    {
        if (size > _buffer.Length)
        {
            // Bounded: the text never passes the entry limit by more than one line and a note.
            Array.Resize(ref _buffer, Math.Max(size, Math.Min(Math.Max(_buffer.Length * 2, 1024), _maxChars * 2)));
        }
    }
}
