using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WuToolkit.Host.Plugins;

/// <summary>What a DLL's metadata says about it, read without loading it.</summary>
/// <param name="IsManagedAssembly">False for native DLLs and anything that is not a .NET assembly.</param>
/// <param name="AbstractionsReference">The version of WuToolkit.Abstractions it was built against, or null when it does not reference it.</param>
public sealed record AssemblyInspection(bool IsManagedAssembly, Version? AbstractionsReference)
{
    /// <summary>Its informational version without build metadata (or its assembly version), when it is an assembly.</summary>
    public string? Version { get; init; }

    /// <summary>The SDK version it records (<see cref="SdkVersions.MetadataKey"/>), as written.</summary>
    public string? RecordedSdk { get; init; }

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

        Version? abstractions = null;
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (string.Equals(metadata.GetString(reference.Name), abstractionsName, StringComparison.OrdinalIgnoreCase))
            {
                abstractions = reference.Version;
                break;
            }
        }

        var definition = metadata.GetAssemblyDefinition();
        var (informational, sdk) = Attributes(metadata, definition);
        var version = informational ?? definition.Version.ToString();
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return new AssemblyInspection(true, abstractions) { Version = plus > 0 ? version[..plus] : version, RecordedSdk = sdk };
    }

    /// <summary>The informational version and the recorded SDK version, from the assembly's attributes. A blob that
    /// cannot be decoded counts as absent: this is for showing, and loading checks again from the loaded assembly.</summary>
    private static (string? Informational, string? Sdk) Attributes(MetadataReader metadata, AssemblyDefinition definition)
    {
        string? informational = null;
        string? sdk = null;
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name);
            try
            {
                var blob = metadata.GetBlobReader(attribute.Value);
                if (blob.Length < 2 || blob.ReadUInt16() != 1)
                {
                    continue;
                }

                if (type == nameof(AssemblyInformationalVersionAttribute))
                {
                    informational = blob.ReadSerializedString();
                }
                else if (type == nameof(AssemblyMetadataAttribute) && blob.ReadSerializedString() == SdkVersions.MetadataKey)
                {
                    sdk = blob.ReadSerializedString();
                }
            }
            catch (BadImageFormatException)
            {
            }
        }

        return (informational, sdk);
    }

    /// <summary>The name of an assembly, for messages.</summary>
    public static string NameOf(Assembly assembly) => assembly.GetName().Name ?? assembly.FullName ?? "?";
}
