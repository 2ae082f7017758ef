namespace WuToolkit.Abstractions;

/// <summary>A comma-separated list of absolute <c>http</c> or <c>https</c> addresses, such as the update endpoints to probe.</summary>
public sealed class UrlListSetting : Setting
{
    /// <summary>Declares a list of addresses.</summary>
    /// <param name="key">The key, such as <c>network.endpoints</c>.</param>
    /// <param name="description">What it changes.</param>
    /// <param name="defaultValue">The addresses used when the user sets none.</param>
    public UrlListSetting(string key, string description, IReadOnlyList<Uri> defaultValue)
        : base(key, description)
    {
        ArgumentNullException.ThrowIfNull(defaultValue);
        Default = defaultValue;
    }

    /// <summary>The addresses used when the user sets none.</summary>
    public IReadOnlyList<Uri> Default { get; }

    /// <summary>The most addresses accepted: each costs a request.</summary>
    public int MaxCount { get; init; } = 64;

    /// <inheritdoc />
    public override string DefaultText => string.Join(", ", Default.Select(url => url.OriginalString));

    /// <inheritdoc />
    public override bool Accepts(string text) => TryParse(text, out _);

    /// <summary>Reads a value the user typed; false when it is empty, holds more than <see cref="MaxCount"/>
    /// addresses, or any item is not an absolute http or https address.</summary>
    public bool TryParse(string? text, out IReadOnlyList<Uri> value)
    {
        value = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0 || items.Length > MaxCount)
        {
            return false;
        }

        var urls = new List<Uri>(items.Length);
        foreach (var item in items)
        {
            if (!Uri.TryCreate(item, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
                || string.IsNullOrEmpty(url.Host))
            {
                return false;
            }

            urls.Add(url);
        }

        value = urls;
        return true;
    }
}
