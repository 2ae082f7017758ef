using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Resources;

namespace WuToolkit.Logs.Sources;

/// <summary>
/// A memory dump (setupmem.dmp that Setup extracts after a bug check during an upgrade, MEMORY.DMP, a minidump) as one
/// entry that says it is there: its content is a debugger's business, and a kernel dump runs to gigabytes, so not a
/// byte of it is read. Kind CrashDump, Component <c>dump</c>, Text = the file's name, Time = when it was written (the
/// PC's clock), and the fields <c>Name</c>, <c>Path</c>, <c>Folder</c> and <c>Bytes</c>.
/// </summary>
public static class CrashDumps
{
    /// <summary>The one entry that describes the dump at <paramref name="path"/>.</summary>
    /// <exception cref="LogFormatException">It does not exist or cannot be looked at.</exception>
    public static OpenedLog Describe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (!file.Exists)
            {
                throw new LogFormatException(LogStrings.FormatLogNotFound(path));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LogFormatException(LogStrings.FormatLogUnreadable(path, LogReader.Reason(ex)), ex);
        }

        var fields = EntryFields.Create();
        fields["Name"] = file.Name;
        fields["Path"] = file.FullName;
        fields["Folder"] = file.DirectoryName ?? "";
        fields["Bytes"] = file.Length.ToString(CultureInfo.InvariantCulture);
        var entry = new LogEntry
        {
            Kind = LogKind.CrashDump, File = path, Line = 1, Time = LogTimestamps.AsLogTime(file.LastWriteTime),
            Component = "dump", Text = file.Name, Fields = fields,
        };
        return new OpenedLog(LogKind.CrashDump, [entry]);
    }
}
