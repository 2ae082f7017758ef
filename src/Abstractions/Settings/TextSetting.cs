namespace WuToolkit.Abstractions;

/// <summary>A word or a short text, optionally one of a fixed list of values (compared case-insensitively).</summary>
public sealed class TextSetting : Setting
{
    /// <summary>Declares a text setting.</summary>
    /// <param name="key">The key, such as <c>health.timeServer</c>.</param>
    /// <param name="description">What it changes.</param>
    /// <param name="defaultValue">The value used when the user sets none.</param>
    public TextSetting(string key, string description, string defaultValue)
        : base(key, description)
    {
        Default = defaultValue ?? "";
    }

    /// <summary>The value used when the user sets none.</summary>
    public string Default { get; }

    /// <summary>The only acceptable values, or empty for any text.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>The longest acceptable value, in characters.</summary>
    public int MaxLength { get; init; } = 1024;

    /// <inheritdoc />
    public override string DefaultText => Default;

    /// <inheritdoc />
    public override bool Accepts(string text) => TryParse(text, out _);

    /// <summary>Reads a value the user typed; false when it is empty, too long, holds control characters or is not
    /// one of <see cref="AllowedValues"/>. The value is trimmed, and an allowed value is returned as declared.</summary>
    public bool TryParse(string? text, out string value)
    {
        value = "";
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Any(char.IsControl))
        {
            return false;
        }

        if (AllowedValues.Count == 0)
        {
            value = trimmed;
            return true;
        }

        var allowed = AllowedValues.FirstOrDefault(candidate => string.Equals(candidate, trimmed, StringComparison.OrdinalIgnoreCase));
        value = allowed ?? "";
        return allowed is not null;
    }
}
