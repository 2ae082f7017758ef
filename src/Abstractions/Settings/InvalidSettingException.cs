namespace WuToolkit.Abstractions;

/// <summary>A setting has a value of the wrong form. The host reports it as a usage error naming the key.</summary>
public sealed class InvalidSettingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidSettingException(string key, string value, string expected)
        : base($"setting '{key}' is '{value}', expected {expected}")
    {
        Key = key;
        Value = value;
        Expected = expected;
    }

    /// <summary>Creates the exception for a declared setting; <see cref="Expected"/> says what it accepts.</summary>
    public InvalidSettingException(Setting setting, string value)
        : this(setting?.Key ?? "", value, SettingExpectation.Describe(setting!))
    {
        Setting = setting;
    }

    /// <summary>The setting's key.</summary>
    public string Key { get; }

    /// <summary>The value given.</summary>
    public string Value { get; }

    /// <summary>What was expected, in words.</summary>
    public string Expected { get; }

    /// <summary>The declared setting, when the value was read through one.</summary>
    public Setting? Setting { get; }
}
