namespace WuToolkit.Host.LogSources;

/// <summary>A folder for files wutk produces only to read them (an exported WindowsUpdate.log), removed afterwards.
/// Created on first use, so commands that need none create none.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private readonly Lazy<string> _path = new(() => Directory.CreateTempSubdirectory("wutk-").FullName);

    public string Path => _path.Value;

    public void Dispose()
    {
        if (_path.IsValueCreated)
        {
            try
            {
                Directory.Delete(_path.Value, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean: never worth failing the command over.
            }
        }
    }
}
