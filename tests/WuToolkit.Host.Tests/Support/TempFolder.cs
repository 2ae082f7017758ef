namespace WuToolkit.Host.Tests.Support;

/// <summary>A folder under the system's temporary folder that is removed when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("wutk-test-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A plugin DLL still mapped by a load context on some platforms; the OS cleans temp later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
