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

    /// <summary>The setting's key.</summary>
    public string Key { get; }

    /// <summary>The value given.</summary>
    public string Value { get; }

    /// <summary>What was expected, in words.</summary>
    public string Expected { get; }
}
