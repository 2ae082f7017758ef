namespace WuToolkit.Abstractions.Knowledge;

/// <summary>What the error catalogs loaded in this run know of a code, so that a check can explain the codes it
/// reports (an update failing with 0x80070643, an event's error code) without depending on the plugin that ships the
/// catalog.</summary>
public interface IErrorCodeLookup
{
    /// <summary>The catalog entry for <paramref name="code"/>, or <see langword="null"/> when no catalog knows it.</summary>
    ErrorCode? Find(uint code);
}
