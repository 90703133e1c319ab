/// The dashboard's only stylesheet, compiled into the binary so that pages work offline (no CDN,
/// no web fonts). Status colours always come with the status written out: colour is never the only cue.
enum Stylesheet {
    static let css = """
        :root { --ink: #1d232a; --muted: #5b6570; --line: #d5dbe1; --bg: #fbfcfd; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        header { background: #17324f; padding: .5rem 1rem; }
        header a { color: #fff; margin-right: 1rem; text-decoration: none; }
        header a.brand { font-weight: 700; }
        main { padding: 1rem 1.5rem; max-width: 80rem; }
        h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.2rem; margin-top: 1.5rem; }
        a { color: var(--accent); }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eef2f6; }
        .muted { color: var(--muted); }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        .status { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .85rem; font-weight: 600; border: 1px solid; }
        .status-pending { background: #eef1f4; color: #3b4652; border-color: #9aa5b1; }
        .status-complied { background: #e3f4e6; color: #1b5e20; border-color: #5fa463; }
        .status-complied_late { background: #edf6d9; color: #4a5d10; border-color: #9ab23f; }
        .status-declared { background: #e6eefb; color: #1c3f7a; border-color: #6e8fcf; }
        .status-violated { background: #fde4e2; color: #8e1b12; border-color: #d4574c; }
        .status-overdue { background: #fdeedb; color: #8a4b00; border-color: #d99032; }
        .status-lapsed { background: #efe7f6; color: #4e2a73; border-color: #9a78bf; }
        .status-inconclusive { background: #f4f4f4; color: #444; border-color: #aaa; border-style: dashed; }
        .status-disputed { background: #fff6c7; color: #6b5300; border-color: #c9a400; border-width: 2px; }
        section.provision { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem 1rem; margin: .75rem 0; background: #fff; }
        section.provision.disputed { border: 2px solid #c9a400; box-shadow: 0 0 0 3px #fff6c7; }
        .disputed-banner { background: #fff6c7; border: 2px solid #c9a400; padding: .5rem 1rem; border-radius: .4rem; }
        .pager a, .pager span { margin-right: 1rem; }
        svg text { font: 11px system-ui, sans-serif; }
        code { font-size: .9em; }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: middle; border: 1px solid #555; }
        textarea.yaml { width: 100%; min-height: 30rem; font: 13px/1.4 ui-monospace, monospace; }
        ol.yaml-lines { font: 13px/1.4 ui-monospace, monospace; background: #fff; border: 1px solid var(--line); padding-left: 3.5rem; }
        ol.yaml-lines li.error { background: #fde4e2; }
        ol.yaml-lines li .problem { color: #8e1b12; font-weight: 600; white-space: normal; }
        ol.yaml-lines li pre { margin: 0; white-space: pre-wrap; }
        """
}
