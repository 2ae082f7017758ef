namespace WuToolkit.Host.IO;

/// <summary>What a path names, without following a link at its end (lstat semantics).</summary>
public enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    RegularFile,

    Directory,

    /// <summary>A symbolic link (on Windows also a junction), whatever it points to.</summary>
    SymbolicLink,

    /// <summary>A character or block device, such as <c>/dev/null</c>, <c>/dev/sda</c> or Windows' <c>\\.\NUL</c>.</summary>
    Device,

    /// <summary>A named pipe (FIFO).</summary>
    Fifo,

    Socket,
}
