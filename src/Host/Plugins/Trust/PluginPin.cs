namespace WuToolkit.Host.Plugins.Trust;

/// <summary>One file of a plugin as it was when an administrator trusted it.</summary>
/// <param name="Path">Relative to the plugin's folder (a loose DLL: to the plugins folder), with '/' between parts.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
public sealed record PinnedFile(string Path, long Size, string Sha256);

/// <summary>What <c>wutk plugins trust</c> records in the machine-wide configuration: the plugin's files and their
/// SHA-256, so that an elevated wutk loads it from a folder others can write only while every one of them is as it was.</summary>
/// <param name="Sha256">The SHA-256 of the plugin's DLL (also among <paramref name="Files"/>).</param>
/// <param name="Files">Every file the pin covers.</param>
public sealed record PluginPin(string Sha256, IReadOnlyList<PinnedFile> Files)
{
    /// <summary>Where the plugin was when it was trusted (for people; the pin holds wherever the files are).</summary>
    public string? TrustedPath { get; init; }

    /// <summary>When it was trusted.</summary>
    public DateTimeOffset? TrustedUtc { get; init; }
}
