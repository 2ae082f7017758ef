using CsCheck;

namespace WuToolkit.Host.Tests.Adversarial.Generators;

internal enum PluginEntryKind
{
    Folder,
    EmptyDll,
    RandomDll,
    TextDll,
    JunkDepsJson,
    LinkToItself,
    LinkToParent,
    DanglingLink,
}

/// <summary>One thing in a generated plugins folder, at a path of one to three generated names; a DLL is dropped loose
/// or as a plugin folder of its own name (<c>Name/Name.dll</c>).</summary>
internal sealed record PluginEntry(IReadOnlyList<string> Names, PluginEntryKind Kind, bool AsPluginFolder, int Size)
{
    public override string ToString() => $"{Kind} at '{Output.TerminalText.Escape(string.Join('/', Names))}'{(AsPluginFolder ? " as a plugin folder" : "")} ({Size})";
}

/// <summary>A generated plugins folder.</summary>
internal sealed record HostilePluginFolder(IReadOnlyList<PluginEntry> Entries)
{
    public override string ToString() => $"{Entries.Count} entries: {string.Join("; ", Entries)}";
}

/// <summary>
/// Plugins folders as a careless or hostile admin leaves them: random names (some of bundled plugins, some with control
/// characters, bidirectional overrides or 200 characters), nested folders, zero-byte and random-byte DLLs, a DLL that is
/// a text file, a .deps.json of junk, and links to themselves, to their parent or to nothing.
/// </summary>
internal static class HostilePluginFolders
{
    private static readonly string[] Bundled = ["Disk", "Network", "Services", "Logs", "ErrorCodes", "Cache"];

    private static Gen<string> Name { get; } = Gen.Frequency(
        (4, Support.Text.Word(1, 16)),
        (2, Gen.Int[0, Bundled.Length - 1].Select(i => Bundled[i])),
        (2, Support.Text.FromAlphabet("ab\u001b\n\r\t\u007f\u0085\u202e\u2028 .-é中", 1, 10)),
        (1, Gen.Const(new string('x', 200))),
        (1, Gen.OneOf("..dll", "-", "--plugins", ".hidden", "plugins", "@x", " ", "con")));

    private static Gen<PluginEntry> Entry { get; } =
        Gen.Select(Name.Array[1, 3], Gen.Enum<PluginEntryKind>(), Gen.Bool, Gen.Int[0, 64 * 1024],
            (names, kind, folder, size) => new PluginEntry(names.Select(n => n.Replace('/', '_')).Where(n => n is not ("." or ".." or "")).DefaultIfEmpty("x").ToList(), kind, folder, size));

    public static Gen<HostilePluginFolder> Any { get; } = Entry.Array[0, 8].Select(entries => new HostilePluginFolder(entries));

    /// <summary>Makes the tree under <paramref name="root"/>; an entry whose place is taken by an earlier one is left out.</summary>
    public static void Create(HostilePluginFolder folder, string root)
    {
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var entry in folder.Entries)
        {
            try
            {
                Create(entry, root);
            }
            catch (IOException)
            {
                // A file where a folder is wanted, a name too long for the file system, a name already taken.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static void Create(PluginEntry entry, string root)
    {
        var parent = Path.Combine([root, .. entry.Names.Take(entry.Names.Count - 1)]);
        var name = entry.Names[^1];
        if (entry.Kind is PluginEntryKind.EmptyDll or PluginEntryKind.RandomDll or PluginEntryKind.TextDll or PluginEntryKind.JunkDepsJson && entry.AsPluginFolder)
        {
            parent = Path.Combine(parent, name);
        }

        Directory.CreateDirectory(parent);
        var random = new Random(entry.Size);
        switch (entry.Kind)
        {
            case PluginEntryKind.Folder:
                Directory.CreateDirectory(Path.Combine(parent, name));
                break;
            case PluginEntryKind.EmptyDll:
                File.WriteAllBytes(Path.Combine(parent, name + ".dll"), []);
                break;
            case PluginEntryKind.RandomDll:
            {
                var bytes = new byte[entry.Size];
                random.NextBytes(bytes);
                if (entry.Size % 3 == 0 && bytes.Length >= 2)
                {
                    // The MZ of a PE image, so the loader gets further before it finds the rest is junk.
                    bytes[0] = (byte)'M';
                    bytes[1] = (byte)'Z';
                }

                File.WriteAllBytes(Path.Combine(parent, name + ".dll"), bytes);
                break;
            }

            case PluginEntryKind.TextDll:
                File.WriteAllText(Path.Combine(parent, name + ".dll"), "This is not a DLL: it was saved from a web page.\r\n<html><body>404</body></html>\r\n");
                break;
            case PluginEntryKind.JunkDepsJson:
                File.WriteAllText(Path.Combine(parent, name + ".deps.json"), entry.Size % 2 == 0 ? "{\"runtimeTarget\": [[[[" : "{\"libraries\":{\"x/1\":{\"type\":\"project\"}},\"targets\":{\".NETCoreApp,Version=v10.0\":{\"x/1\":{\"runtime\":{\"../../../../etc/passwd\":{}}}}}}");
                break;
            case PluginEntryKind.LinkToItself:
                File.CreateSymbolicLink(Path.Combine(parent, name + (entry.AsPluginFolder ? "" : ".dll")), Path.Combine(parent, name + (entry.AsPluginFolder ? "" : ".dll")));
                break;
            case PluginEntryKind.LinkToParent:
                Directory.CreateSymbolicLink(Path.Combine(parent, name), entry.AsPluginFolder ? root : "..");
                break;
            default:
                File.CreateSymbolicLink(Path.Combine(parent, name + ".dll"), Path.Combine(root, "nowhere", Guid.NewGuid().ToString("N")));
                break;
        }
    }
}
