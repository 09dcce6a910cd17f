package dev.edgeplan.io.report;

/** The report's only stylesheet, inlined into {@code <style>}. No {@code <} or {@code &}, so the page stays XML. */
final class ReportCss {

    private ReportCss() {
    }

    static final String CSS = """
            :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --zebra: #f4f6f9; --accent: #2f5f98;
              --warn: #9a5b00; --warn-bg: #fff4e0; --bad: #a3261b; --bad-bg: #fdecea; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff;
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
            main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 40px; }
            header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
            .kicker { margin: 0; color: var(--accent); font-weight: 600; font-size: 12px; letter-spacing: .06em; text-transform: uppercase; }
            h1 { margin: 2px 0 4px; font-size: 28px; line-height: 1.2; }
            h2 { margin: 32px 0 10px; font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { margin: 20px 0 6px; font-size: 16px; }
            .meta, .note, figcaption { color: var(--muted); }
            .meta { margin: 0 0 8px; }
            nav a { color: var(--accent); text-decoration: none; margin-right: 14px; font-size: 13px; }
            .lead { font-size: 15px; max-width: 90ch; }
            .note { font-size: 12.5px; margin: 6px 0; }
            ul.note { padding-left: 20px; }
            code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 14px 0; }
            .card { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: 10px 12px; background: #fbfcfe; }
            .card.warn { border-left-color: var(--warn); background: var(--warn-bg); }
            .card.bad { border-left-color: var(--bad); background: var(--bad-bg); }
            .card-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
            .card-value { font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .card-detail { color: var(--muted); font-size: 12.5px; }
            .alert { border: 1px solid #e8b765; background: var(--warn-bg); color: var(--warn); border-radius: 6px; padding: 8px 12px; font-weight: 600; }
            .alert a { color: inherit; }
            .table-wrap { overflow-x: auto; margin: 8px 0 12px; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            caption { text-align: left; font-weight: 600; padding: 4px 0; }
            th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            th { background: #e9edf3; font-size: 12px; font-weight: 600; vertical-align: bottom; }
            tbody tr:nth-child(even) { background: var(--zebra); }
            tfoot td { font-weight: 650; border-top: 2px solid var(--ink); }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            th.num { white-space: normal; }
            .tight { white-space: nowrap; }
            td.neg { color: var(--bad); }
            td.level { font-weight: 650; width: 4em; }
            .facts { margin: 4px 0; font-size: 13px; }
            .site-block { margin-bottom: 18px; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 16px; }
            figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
            figcaption { text-align: center; font-size: 13px; }
            svg.chart { width: 100%; height: auto; display: block; font-size: 11px; }
            ul.warnings { list-style: none; padding: 0; }
            ul.warnings li::before { content: "⚠ "; }
            ul.warnings li { border-left: 4px solid var(--warn); background: var(--warn-bg); padding: 8px 12px; margin: 6px 0; border-radius: 0 6px 6px 0; }
            footer { margin-top: 36px; border-top: 1px solid var(--line); padding-top: 8px; color: var(--muted); font-size: 12px; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              main { max-width: none; padding: 0; }
              nav { display: none; }
              .table-wrap { overflow: visible; }
              table { font-size: 8.5pt; }
              thead { display: table-header-group; }
              tr, .card, figure, ul.warnings li { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              #cash-flow, #commissioning { break-before: page; }
              .charts { display: block; }
              .charts figure { display: inline-block; width: 49%; vertical-align: top; margin: 0 0.5% 8px 0; }
              .cards { display: block; }
              .card { display: inline-block; width: 13.2%; vertical-align: top; margin: 0 0.5% 6px 0; padding: 6px 8px; }
              .card-value { font-size: 15pt; }
            }
            """;
}
