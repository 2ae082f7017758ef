namespace WuToolkit.Host.Plugins.Trust;

/// <summary>What a path on the way to a plugin means for it, which decides what a writer of that path could do.</summary>
public enum PathRole
{
    /// <summary>The plugin's DLL (or a file pinned with it): whoever may write it changes the plugin's code.</summary>
    File,

    /// <summary>The folder that holds the DLL: whoever may write it can add or replace the files the plugin loads.</summary>
    Folder,

    /// <summary>A folder further up: its writers matter only when they can rename or replace what it holds (on Unix a
    /// world-writable folder with the sticky bit, such as <c>/tmp</c>, lets nobody rename another's entries).</summary>
    Ancestor,
}
