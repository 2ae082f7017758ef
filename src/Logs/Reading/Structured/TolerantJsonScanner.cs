using System.Text;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// Reads the scalar values of a JSON text in one pass, tolerating what published SetupDiag samples contain
/// and a strict parser refuses: raw line breaks inside strings, a missing comma or brace, a text cut short.
/// It never throws on its input and never backtracks: unexpected characters are skipped, unbalanced closing
/// brackets are ignored, strings are cut at the entry limit, nesting beyond 64 levels is only counted.
/// <c>null</c> values are not reported.
/// </summary>
internal sealed class TolerantJsonScanner
{
    private const int MaxDepth = 64;
    private readonly TextReader _reader;
    private readonly int _maxString;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _string = new();
    private readonly List<Frame> _frames = [];
    private int _position;
    private int _length;
    private long _line = 1;
    private bool _afterCr;
    private int _tooDeep;

    public TolerantJsonScanner(TextReader reader, int maxStringChars)
    {
        _reader = reader;
        _maxString = maxStringChars;
    }

    public IEnumerable<JsonValue> Values(CancellationToken cancellationToken)
    {
        long steps = 0;
        while (Next() is var c && c >= 0)
        {
            if ((++steps & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var found = Take((char)c);
            if (found is { } value)
            {
                yield return value;
            }
        }
    }

    private JsonValue? Take(char c)
    {
        var frame = _frames.Count > 0 ? _frames[^1] : null;
        switch (c)
        {
            case '{' or '[':
                if (_frames.Count >= MaxDepth)
                {
                    _tooDeep++;
                }
                else
                {
                    // An object or array takes its name from the member it is the value of; items of an array keep the array's name.
                    _frames.Add(new Frame(c == '[', frame?.Key ?? ""));
                }

                return null;
            case '}' or ']':
                if (_tooDeep > 0)
                {
                    _tooDeep--;
                }
                else if (_frames.Count > 0)
                {
                    _frames.RemoveAt(_frames.Count - 1);
                }

                return null;
            case ':':
                if (frame is not null)
                {
                    frame.ExpectKey = false;
                }

                return null;
            case ',':
                if (frame is { IsArray: false })
                {
                    frame.ExpectKey = true;
                }

                return null;
            case '"':
                var line = _line;
                var text = ReadString();
                if (_tooDeep > 0)
                {
                    return null;
                }

                if (frame is { IsArray: false, ExpectKey: true })
                {
                    frame.Key = text;
                    frame.ExpectKey = false;
                    return null;
                }

                return new JsonValue(frame?.Key ?? "", text, line);
            default:
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '.')
                {
                    var literalLine = _line;
                    var literal = ReadLiteral(c);
                    return _tooDeep > 0 || literal == "null" ? null : new JsonValue(frame?.Key ?? "", literal, literalLine);
                }

                return null; // whitespace, or a character JSON does not have: skipped
        }
    }

    private string ReadString()
    {
        _string.Clear();
        int c;
        while ((c = Next()) >= 0 && c != '"')
        {
            if (c == '\\')
            {
                c = Next();
                c = c switch
                {
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'b' => '\b',
                    'f' => '\f',
                    'u' => ReadHex(),
                    _ => c,
                };
                if (c < 0)
                {
                    break;
                }
            }

            if (_string.Length < _maxString)
            {
                _string.Append((char)c);
            }
        }

        return _string.ToString();
    }

    private int ReadHex()
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = Peek();
            if (c < 0 || !char.IsAsciiHexDigit((char)c))
            {
                return i == 0 ? 'u' : value;
            }

            Next();
            value = (value * 16) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return value;
    }

    private string ReadLiteral(char first)
    {
        _string.Clear();
        _string.Append(first);
        int c;
        while ((c = Peek()) >= 0 && (char.IsAsciiLetterOrDigit((char)c) || c is '-' or '+' or '.'))
        {
            Next();
            if (_string.Length < 64)
            {
                _string.Append((char)c);
            }
        }

        return _string.ToString();
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        var c = _buffer[_position++];
        if (c == '\n')
        {
            if (!_afterCr)
            {
                _line++;
            }

            _afterCr = false;
        }
        else
        {
            _afterCr = c == '\r';
            if (_afterCr)
            {
                _line++;
            }
        }

        return c;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    private sealed class Frame(bool isArray, string key)
    {
        public bool IsArray { get; } = isArray;

        public string Key { get; set; } = key;

        public bool ExpectKey { get; set; } = !isArray;
    }
}
