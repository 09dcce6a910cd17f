package dev.edgeplan.io.report;

import java.util.ArrayList;
import java.util.List;

/** A report table: header row, body rows, an optional total row; number columns right-aligned, negatives marked. */
final class Table {

    private final String caption;
    private final List<String> headers = new ArrayList<>();
    /** Cell class per column: null (wrapping text), "tight" (text kept on one line) or "num". */
    private final List<String> kinds = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private String[] total;

    Table(String caption) {
        this.caption = caption;
    }

    Table text(String header) {
        return column(header, null);
    }

    Table tight(String header) {
        return column(header, "tight");
    }

    Table num(String header) {
        return column(header, "num");
    }

    private Table column(String header, String kind) {
        headers.add(header);
        kinds.add(kind);
        return this;
    }

    void row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(cells);
    }

    void total(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        total = cells;
    }

    void write(Html h) {
        h.open("div", "class", "table-wrap");
        h.open("table");
        if (caption != null) {
            h.el("caption", caption);
        }
        h.open("thead");
        h.open("tr");
        for (int c = 0; c < headers.size(); c++) {
            h.el("th", headers.get(c), "class", "num".equals(kinds.get(c)) ? "num" : null, "scope", "col");
        }
        h.close("tr");
        h.close("thead");
        h.open("tbody");
        for (String[] row : rows) {
            cells(h, row, "td");
        }
        h.close("tbody");
        if (total != null) {
            h.open("tfoot");
            cells(h, total, "td");
            h.close("tfoot");
        }
        h.close("table");
        h.close("div");
    }

    private void cells(Html h, String[] row, String tag) {
        h.open("tr");
        for (int c = 0; c < row.length; c++) {
            String text = row[c] == null ? "" : row[c];
            String cls = "num".equals(kinds.get(c)) && text.startsWith("-") ? "num neg" : kinds.get(c);
            h.el(tag, text, "class", cls);
        }
        h.close("tr");
    }
}
