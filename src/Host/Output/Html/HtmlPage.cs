using System.Globalization;
using System.Text;

namespace WuToolkit.Host.Output.Html;

/// <summary>
/// The shell of every page wutk writes (<c>run --format html</c>, <c>report --format html</c>): the document head with
/// the Content-Security-Policy that forbids fetching or running anything, the one inline style sheet
/// (<see cref="HtmlPageStyle"/>), the header above <c>&lt;main&gt;</c> and the footer below it. The pages write only
/// what is between; every piece of data goes through <see cref="HtmlText.Encode"/>. The page's language follows the UI
/// culture.
/// </summary>
public static class HtmlPage
{
    /// <summary>Nothing may be loaded, framed or run; only the inline style sheet applies.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    /// <summary>Writes the page up to and including <c>&lt;main&gt;</c>.</summary>
    /// <param name="page">Where the page is written.</param>
    /// <param name="title">The document's title, as text.</param>
    /// <param name="toolVersion">The wutk version that made the page, for its generator line.</param>
    /// <param name="headerHtml">What the header holds, as markup whose data the caller has encoded.</param>
    /// <param name="pageClass">The body's class, for the style sheet's rules of one page; null for none.</param>
    public static StringBuilder Open(StringBuilder page, string title, string toolVersion, string headerHtml, string? pageClass = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Encode(Language(CultureInfo.CurrentUICulture))).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"wutk ").Append(HtmlText.Encode(toolVersion)).Append("\">\n")
            .Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlPageStyle.Css).Append("\n</style>\n</head>\n")
            .Append(pageClass is null ? "<body>\n" : $"<body class=\"{HtmlText.Encode(pageClass)}\">\n")
            .Append("<header>\n").Append(headerHtml).Append("</header>\n<main>\n");
    }

    /// <summary>Writes the end of the page from <c>&lt;/main&gt;</c> on, with the footer's text when there is one.</summary>
    public static StringBuilder Close(StringBuilder page, string? footer = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Append("</main>\n");
        if (footer is not null)
        {
            page.Append("<footer>").Append(HtmlText.Encode(footer)).Append("</footer>\n");
        }

        return page.Append("</body>\n</html>\n");
    }

    /// <summary>The page's language: the UI culture's name (<c>ja-JP</c>), English for the invariant culture.</summary>
    public static string Language(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.IsNullOrEmpty(culture.Name) ? "en" : culture.Name;
    }
}
