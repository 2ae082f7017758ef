namespace WuToolkit.Plugins.Catalog;

/// <summary>An update whose latest installation attempt failed.</summary>
/// <param name="Name">The KB id, or the title when the update has none.</param>
/// <param name="Title">The title of the latest attempt.</param>
/// <param name="Failures">Failed attempts since the update last installed (or ever, when it never did).</param>
/// <param name="LastErrorCode">The latest attempt's error code, such as <c>0x80070643</c>.</param>
/// <param name="LastAttempt">When the latest attempt ended.</param>
/// <param name="CatalogSearch">The Microsoft Update Catalog search for a manual install; none for a malformed or missing KB id.</param>
internal sealed record FailedUpdate(
    string Name,
    string Title,
    int Failures,
    string LastErrorCode,
    DateTimeOffset LastAttempt,
    Uri? CatalogSearch);
