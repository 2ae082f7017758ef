namespace WuToolkit.Host.Plugins;

/// <summary>Finds plugin DLLs in plugin folders without loading anything.</summary>
public static class PluginDiscovery
{
    public static IEnumerable<PluginCandidate> Find(IEnumerable<PluginFolder> folders)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder.Path))
            {
                continue;
            }

            foreach (var sub in Directory.EnumerateDirectories(folder.Path).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(sub);
                var dll = Path.Combine(sub, name + ".dll");
                if (File.Exists(dll))
                {
                    yield return new PluginCandidate(name, dll, folder, IsLooseFile: false);
                }
            }

            foreach (var dll in Directory.EnumerateFiles(folder.Path, "*.dll").Order(StringComparer.Ordinal))
            {
                yield return new PluginCandidate(Path.GetFileNameWithoutExtension(dll), dll, folder, IsLooseFile: true);
            }
        }
    }
}
