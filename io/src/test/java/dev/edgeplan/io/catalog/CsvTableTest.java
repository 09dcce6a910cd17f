package dev.edgeplan.io.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    @Test
    void parsesRfc4180QuotingCrlfAndEmbeddedNewlines() {
        String text = "\uFEFFa,b,c\r\n1,\"x, \"\"quoted\"\"\",\r\n2,\"two\nlines\",z";
        CsvTable table = CsvTable.parse("t.csv", text);
        assertThat(table.header()).containsExactly("a", "b", "c");
        assertThat(table.rows()).hasSize(2);
        CsvTable.Row first = table.rows().get(0);
        assertThat(first.text("b")).isEqualTo("x, \"quoted\"");
        assertThat(first.text("c")).isEmpty();
        assertThat(first.line()).isEqualTo(2);
        CsvTable.Row second = table.rows().get(1);
        assertThat(second.text("b")).isEqualTo("two\nlines");
        assertThat(second.line()).isEqualTo(3);
    }

    @Test
    void trailingNewlineAddsNoRow() {
        assertThat(CsvTable.parse("t.csv", "a\n1\n").rows()).hasSize(1);
        assertThat(CsvTable.parse("t.csv", "a\r\n1\r\n").rows()).hasSize(1);
    }

    @Test
    void errorsNameResourceLineAndColumn() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b\n1,2\n3\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("t.csv:3:2:")
                .hasMessageContaining("1 fields, header has 2");
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b\n1,x\"y\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("t.csv:2:2:");
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b\n1,\"open\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b\n\"1\"x,2\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("t.csv:2:1:");
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b\n\n1,2\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("t.csv:2:1: blank line");
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,a\n1,2\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("duplicate column");
        assertThatThrownBy(() -> CsvTable.parse("t.csv", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no header");
    }

    @Test
    void typedGettersReportTheColumn() {
        CsvTable table = CsvTable.parse("t.csv", "id,kw,ok\nx,ten,maybe\n");
        CsvTable.Row row = table.rows().get(0);
        assertThatThrownBy(() -> row.decimal("kw")).hasMessage("t.csv:2:2: column kw: not a number: 'ten'");
        assertThatThrownBy(() -> row.bool("ok")).hasMessageStartingWith("t.csv:2:3: column ok:");
        assertThatThrownBy(() -> table.requireHeader("id", "kw", "fine"))
                .hasMessageStartingWith("t.csv:1:3: header column is 'ok', expected 'fine'");
    }
}
