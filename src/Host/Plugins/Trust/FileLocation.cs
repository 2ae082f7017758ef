using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>Whether only administrators can change a file where it lies, on this system: the facts are read here
/// and judged by <see cref="UnixLocationRules"/> or <see cref="WindowsLocationRules"/>.</summary>
public static class FileLocation
{
    public static LocationVerdict Judge(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return WindowsPathReader.Read(file) is { } windows ? WindowsLocationRules.Judge(windows) : Gone(file);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or PlatformNotSupportedException)
            {
                return new LocationVerdict([TrustStrings.FormatLocationUnreadable(file, ex.Message.ReplaceLineEndings(" "))]);
            }
        }

        return UnixPathReader.Read(file) is { } unix ? UnixLocationRules.Judge(unix, UnixPathReader.CurrentUser) : Gone(file);
    }

    private static LocationVerdict Gone(string file) => new([TrustStrings.FormatLocationGone(file)]);
}
