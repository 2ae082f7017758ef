namespace WuToolkit.Host.Output.Html;

/// <summary>
/// The only style sheet of every wutk page (the run report and the fleet report), inline: a page is one file that opens
/// anywhere, with nothing fetched. One palette, in light and dark, so a status looks the same on both pages; the fleet
/// page's own rules sit under <c>.fleet</c>, its body's class.
/// </summary>
internal static class HtmlPageStyle
{
    public const string Css = """
        :root { color-scheme: light dark; --fail: #b3261e; --warn: #8a5a00; --ok: #1b6e3a; --error: #6b2c91; --muted: #666; }
        body { font-family: "Segoe UI", "Yu Gothic UI", "Meiryo", system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.5; }
        h1 { font-size: 1.5rem; margin: 0; }
        code, .evidence dt { font-family: Consolas, "Cascadia Mono", monospace; }
        footer { color: var(--muted); font-size: .85rem; margin-top: 1.5rem; }
        .verdict { font-size: 1.6rem; font-weight: 600; padding: 1rem 1.25rem; border-radius: .5rem; margin: 0 0 .5rem; color: #fff; }
        .verdict-issues { background: var(--fail); }
        .verdict-incomplete { background: var(--error); }
        .verdict-healthy { background: var(--ok); }
        .counts { color: var(--muted); margin: 0 0 1.5rem; }
        .finding { border-left: .4rem solid var(--muted); padding: .5rem 1rem; margin: 0 0 1rem; background: rgba(127,127,127,.08); border-radius: 0 .4rem .4rem 0; }
        .finding.status-fail { border-color: var(--fail); }
        .finding.status-warn { border-color: var(--warn); }
        .finding.status-error { border-color: var(--error); }
        .finding h3 { margin: .25rem 0; font-size: 1.1rem; }
        .badge, .v { display: inline-block; font-size: .8rem; font-weight: 700; padding: 0 .4rem; border-radius: .25rem; color: #fff; background: var(--muted); vertical-align: middle; }
        .status-fail .badge, .badge.status-fail, .v.fail { background: var(--fail); }
        .status-warn .badge, .badge.status-warn, .v.warn { background: var(--warn); }
        .status-error .badge, .badge.status-error, .v.incomplete { background: var(--error); }
        .badge.status-pass, .v.healthy { background: var(--ok); }
        .check-id { font-size: .95rem; }
        .evidence { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; font-size: .9rem; }
        .evidence dt { color: var(--muted); }
        .evidence dd { margin: 0; overflow-wrap: anywhere; }
        .fix-command { display: block; background: #1e1e1e; color: #f0f0f0; padding: .4rem .75rem; border-radius: .3rem; margin: .25rem 0; }
        details { margin: 1rem 0; border: 1px solid rgba(127,127,127,.4); border-radius: .4rem; padding: .5rem 1rem; }
        summary { cursor: pointer; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; margin-top: .5rem; font-size: .9rem; }
        td, th { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid rgba(127,127,127,.3); vertical-align: top; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        body.fleet { max-width: 75rem; }
        .fleet main { display: flex; flex-direction: column; gap: 1.5rem; margin-top: 1.5rem; }
        .fleet .summary { order: -1; }
        .fleet h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
        .fleet th { background: rgba(127,127,127,.12); }
        .cards { display: flex; gap: 1rem; flex-wrap: wrap; }
        .card { border: 1px solid rgba(127,127,127,.4); border-radius: .4rem; padding: .6rem 1rem; min-width: 8rem; background: rgba(127,127,127,.08); }
        .card b { display: block; font-size: 1.6rem; }
        .cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; }
        """;
}
