using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WuToolkit.Host.Plugins;

/// <summary>What a DLL's metadata says about it, read without loading it.</summary>
/// <param name="IsManagedAssembly">False for native DLLs and anything that is not a .NET assembly.</param>
/// <param name="AbstractionsReference">The version of WuToolkit.Abstractions it was built against, or null when it does not reference it.</param>
public sealed record AssemblyInspection(bool IsManagedAssembly, Version? AbstractionsReference)
{
    /// <summary>Reads the DLL's metadata. Throws <see cref="BadImageFormatException"/> for a file that is not a valid PE image.</summary>
    public static AssemblyInspection Read(string path, string abstractionsName)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        if (!reader.HasMetadata)
        {
            return new AssemblyInspection(false, null);
        }

        var metadata = reader.GetMetadataReader();
        if (!metadata.IsAssembly)
        {
            return new AssemblyInspection(false, null);
        }

        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (string.Equals(metadata.GetString(reference.Name), abstractionsName, StringComparison.OrdinalIgnoreCase))
            {
                return new AssemblyInspection(true, reference.Version);
            }
        }

        return new AssemblyInspection(true, null);
    }

    /// <summary>The name of an assembly, for messages.</summary>
    public static string NameOf(Assembly assembly) => assembly.GetName().Name ?? assembly.FullName ?? "?";
}
