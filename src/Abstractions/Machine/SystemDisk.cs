namespace WuToolkit.Abstractions.Machine;

/// <summary>How a disk is partitioned.</summary>
public enum PartitionStyle
{
    /// <summary>GUID partition table, what UEFI boots from.</summary>
    Gpt,

    /// <summary>Master boot record, what legacy BIOS boots from.</summary>
    Mbr,

    /// <summary>Not initialised or not known.</summary>
    Unknown,
}

/// <summary>What a partition is for.</summary>
public enum PartitionRole
{
    /// <summary>The EFI system partition.</summary>
    EfiSystem,

    /// <summary>The Microsoft reserved partition (GPT).</summary>
    MicrosoftReserved,

    /// <summary>The "System Reserved" partition of an MBR disk, holding the boot files.</summary>
    SystemReserved,

    /// <summary>A recovery partition (Windows RE).</summary>
    Recovery,

    /// <summary>The partition Windows runs from.</summary>
    Windows,

    /// <summary>Any other data partition.</summary>
    Data,
}

/// <summary>One partition of the system disk.</summary>
public sealed record PartitionInfo
{
    /// <summary>Its number on the disk, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>What it is for.</summary>
    public required PartitionRole Role { get; init; }

    /// <summary>Its size.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>Free space on its file system, when it has one that could be read.</summary>
    public long? FreeBytes { get; init; }

    /// <summary>Its drive letter, such as <c>C</c>, when it has one.</summary>
    public string? DriveLetter { get; init; }
}

/// <summary>The disk Windows boots from.</summary>
public sealed record SystemDiskInfo
{
    /// <summary>Such as <c>Samsung SSD 970 EVO Plus 500GB</c>.</summary>
    public string? Model { get; init; }

    /// <summary>GPT or MBR.</summary>
    public required PartitionStyle PartitionStyle { get; init; }

    /// <summary>The disk's size.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>Its partitions, in disk order.</summary>
    public IReadOnlyList<PartitionInfo> Partitions { get; init; } = [];
}

/// <summary>Whether BitLocker protects a volume.</summary>
public enum EncryptionProtection
{
    /// <summary>Not encrypted, or encrypted with protection suspended.</summary>
    Off,

    /// <summary>Encrypted and protected.</summary>
    On,

    /// <summary>Locked.</summary>
    Locked,
}

/// <summary>BitLocker's state for the system volume.</summary>
public sealed record VolumeEncryptionInfo
{
    /// <summary>Whether protection is on.</summary>
    public required EncryptionProtection Protection { get; init; }

    /// <summary>The share of the volume encrypted, 0 to 100.</summary>
    public double EncryptedPercent { get; init; }

    /// <summary>Whether encryption or decryption is under way (an upgrade should wait for it).</summary>
    public bool ConversionInProgress { get; init; }

    /// <summary>Whether protection is suspended, and for how many more restarts (0: until resumed).</summary>
    public int? SuspendedForRestarts { get; init; }
}
