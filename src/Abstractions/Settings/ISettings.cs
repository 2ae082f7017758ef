namespace WuToolkit.Abstractions;

/// <summary>
/// User-supplied settings (for example <c>wutk run --set disk.upgradeFreeGB=40</c>) as plain strings.
/// Keys are case-insensitive and conventionally start with the plugin's name.
/// </summary>
public interface ISettings
{
    /// <summary>The value set for <paramref name="key"/>, or <see langword="null"/> when the user set none.</summary>
    string? Find(string key);
}
