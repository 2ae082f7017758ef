namespace WuToolkit.Abstractions.Machine;

/// <summary>One display adapter and its driver.</summary>
public sealed record DisplayAdapterInfo
{
    /// <summary>Such as <c>Intel(R) UHD Graphics 620</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The driver version, such as <c>31.0.101.2111</c>, when known.</summary>
    public string? DriverVersion { get; init; }

    /// <summary>The driver's date, when known.</summary>
    public DateTimeOffset? DriverDate { get; init; }

    /// <summary>The display driver model the driver implements, such as <c>2.7</c> (WDDM 2.7), when known.</summary>
    public string? DriverModel { get; init; }
}
