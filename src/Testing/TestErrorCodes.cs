using WuToolkit.Abstractions.Knowledge;

namespace WuToolkit.Testing;

/// <summary>The error catalogs a test gives a check (<see cref="WuToolkit.Abstractions.Checks.CheckContext.ErrorCodes"/>):
/// exactly the codes listed, and nothing else.
/// <code>
/// var codes = new TestErrorCodes(new ErrorCode { Code = 0x80070643, Name = "ERROR_INSTALL_FAILURE", Meaning = "…" });
/// var result = await CheckTester.RunAsync(new MyCheck(), pc, context => context with { ErrorCodes = codes });
/// </code></summary>
public sealed class TestErrorCodes : IErrorCodeLookup
{
    private readonly IReadOnlyList<ErrorCode> _known;

    /// <summary>A lookup that knows <paramref name="known"/>.</summary>
    public TestErrorCodes(params ErrorCode[] known)
    {
        ArgumentNullException.ThrowIfNull(known);
        _known = known;
    }

    /// <inheritdoc />
    public ErrorCode? Find(uint code) => _known.FirstOrDefault(entry => entry.Code == code);
}
