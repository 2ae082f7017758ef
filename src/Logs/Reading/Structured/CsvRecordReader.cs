using System.Text;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// Reads comma-separated records from lines: fields in double quotes may hold commas, doubled quotes and line
/// breaks (Event Viewer writes multi-line messages so). A quoted field that never closes takes in following
/// lines only up to the entry limit and then ends, so a stray quote cannot swallow the rest of a file.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly LineReader<char> _lines;
    private readonly int _maxChars;
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();

    public CsvRecordReader(LineReader<char> lines, int maxRecordChars)
    {
        _lines = lines;
        _maxChars = maxRecordChars;
    }

    /// <summary>The fields of the current record.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>1-based line where the current record starts.</summary>
    public long Line { get; private set; }

    public bool MoveNext()
    {
        _fields.Clear();
        do
        {
            if (!_lines.MoveNext())
            {
                return false;
            }
        }
        while (_lines.Current.Trim(" \t\0").IsEmpty);

        Line = _lines.Number;
        _field.Clear();
        var inQuotes = false;
        var total = 0;
        while (true)
        {
            var line = _lines.Current;
            total += line.Length;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (inQuotes)
                {
                    if (c != '"')
                    {
                        Append(c);
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else if (c == ',')
                {
                    _fields.Add(_field.ToString());
                    _field.Clear();
                }
                else if (c == '"' && _field.Length == 0)
                {
                    inQuotes = true;
                }
                else
                {
                    Append(c);
                }
            }

            if (!inQuotes || total >= _maxChars || !_lines.MoveNext())
            {
                _fields.Add(_field.ToString());
                return true;
            }

            Append('\n');
        }
    }

    private void Append(char c)
    {
        if (_field.Length < _maxChars)
        {
            _field.Append(c);
        }
    }
}
