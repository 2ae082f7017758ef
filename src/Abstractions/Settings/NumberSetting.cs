using System.Globalization;

namespace WuToolkit.Abstractions;

/// <summary>A number within a range, written with a dot for decimals whatever the PC's language: <c>35</c>, <c>7.5</c>.</summary>
public sealed class NumberSetting : Setting
{
    /// <summary>Declares a number setting.</summary>
    /// <param name="key">The key, such as <c>disk.upgradeFreeGB</c>.</param>
    /// <param name="description">What it changes.</param>
    /// <param name="defaultValue">The value used when the user sets none.</param>
    public NumberSetting(string key, string description, double defaultValue)
        : base(key, description)
    {
        Default = defaultValue;
    }

    /// <summary>The value used when the user sets none.</summary>
    public double Default { get; }

    /// <summary>The smallest acceptable value (inclusive).</summary>
    public double Minimum { get; init; } = double.MinValue;

    /// <summary>The largest acceptable value (inclusive).</summary>
    public double Maximum { get; init; } = double.MaxValue;

    /// <summary>The unit, for people (<c>GB</c>, <c>hours</c>, <c>days</c>); not part of the value.</summary>
    public string? Unit { get; init; }

    /// <inheritdoc />
    public override string DefaultText => Default.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override bool Accepts(string text) => TryParse(text, out _);

    /// <summary>Reads a value the user typed; false when it is not a number in range.</summary>
    public bool TryParse(string? text, out double value)
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text)
            && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value)
            && value >= Minimum
            && value <= Maximum;
    }
}
