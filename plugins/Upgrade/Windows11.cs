namespace WuToolkit.Plugins.Upgrade;

/// <summary>Windows 11's published minimum system requirements, as far as wutk can see them.</summary>
internal static class Windows11
{
    /// <summary>4 GB of memory, meant in binary units (4096 MB installed).</summary>
    public const long MinimumMemoryBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>"64 GB or larger storage device", in the disk vendors' decimal gigabytes: a disk sold as 64 GB
    /// holds 64 000 000 000 bytes, which Windows shows as about 59.6 GB (binary), so 64 GiB would fail it.</summary>
    public const long MinimumStorageBytes = 64L * 1000 * 1000 * 1000;

    /// <summary>TPM 2.0; a TPM 1.2 does not qualify.</summary>
    public static Version MinimumTpm { get; } = new(2, 0);

    /// <summary>Windows 11 exists only for 64-bit PCs. <c>amd64</c> is how <c>PROCESSOR_ARCHITECTURE</c> spells x64.</summary>
    public static IReadOnlyList<string> Architectures { get; } = ["x64", "amd64", "arm64"];
}
