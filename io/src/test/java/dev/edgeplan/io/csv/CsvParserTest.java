package dev.edgeplan.io.csv;

import dev.edgeplan.io.csv.CsvParser.BlankLines;
import dev.edgeplan.io.csv.CsvParser.Cell;
import dev.edgeplan.io.csv.CsvParser.Row;
import dev.edgeplan.io.csv.CsvSyntaxException.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvParserTest {

    private static List<Row> parse(String text) throws CsvSyntaxException {
        return CsvParser.parse(text, BlankLines.KEEP, Integer.MAX_VALUE);
    }

    private static List<List<String>> texts(List<Row> rows) {
        return rows.stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static CsvSyntaxException error(String text) {
        return catchThrowableOfType(() -> parse(text), CsvSyntaxException.class);
    }

    @Test
    void cellsCarryTextLineAndColumn() throws CsvSyntaxException {
        List<Row> rows = parse("a,bc,\nx,,zz\n");

        assertThat(rows).containsExactly(
                new Row(List.of(new Cell("a", 1, 1), new Cell("bc", 1, 3), new Cell("", 1, 6)), 1, 6),
                new Row(List.of(new Cell("x", 2, 1), new Cell("", 2, 3), new Cell("zz", 2, 4)), 2, 6));
    }

    @Test
    void quotedFieldsHoldCommasEscapedQuotesAndLineBreaks() throws CsvSyntaxException {
        List<Row> rows = parse("\"a,b\",\"say \"\"hi\"\"\",\"\"\n\"two\r\nlines\",next\n");

        assertThat(texts(rows)).containsExactly(List.of("a,b", "say \"hi\"", ""), List.of("two\nlines", "next"));
        assertThat(rows.get(1).cells()).containsExactly(new Cell("two\nlines", 2, 1), new Cell("next", 3, 8));
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(1).endColumn()).isEqualTo(12);
    }

    @Test
    void crlfLfAndLoneCrEndLines() throws CsvSyntaxException {
        List<Row> rows = parse("a\r\nb\nc\rd");

        assertThat(texts(rows)).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
        assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aTrailingLineEndAddsNoRow() throws CsvSyntaxException {
        assertThat(parse("a\n1\n")).hasSize(2);
        assertThat(parse("a\r\n1\r\n")).hasSize(2);
        assertThat(parse("a\n1")).hasSize(2);
        assertThat(parse("")).isEmpty();
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() throws CsvSyntaxException {
        assertThat(parse("\uFEFFa,b\n")).containsExactly(
                new Row(List.of(new Cell("a", 1, 1), new Cell("b", 1, 3)), 1, 4));
        assertThat(parse("\uFEFF")).isEmpty();
    }

    @Test
    void blankLinesAreKeptAsOneEmptyCellOrSkipped() throws CsvSyntaxException {
        String text = "a\n\n\r\nb\n";

        assertThat(texts(parse(text))).containsExactly(List.of("a"), List.of(""), List.of(""), List.of("b"));
        List<Row> skipped = CsvParser.parse(text, BlankLines.SKIP, Integer.MAX_VALUE);
        assertThat(texts(skipped)).containsExactly(List.of("a"), List.of("b"));
        assertThat(skipped).extracting(Row::line).containsExactly(1, 4);
        assertThat(CsvParser.parse("\n\n", BlankLines.SKIP, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void columnsCountCodePoints() throws CsvSyntaxException {
        List<Row> rows = parse("\uD83D\uDE00x,y\n");

        assertThat(rows.get(0).cells()).containsExactly(new Cell("\uD83D\uDE00x", 1, 1), new Cell("y", 1, 4));
        assertThat(rows.get(0).endColumn()).isEqualTo(5);
    }

    @Test
    void unterminatedQuoteIsReportedWhereItOpens() {
        CsvSyntaxException e = error("a,b\n1,\"open\nmore\n");

        assertThat(e.kind()).isEqualTo(Kind.UNTERMINATED_QUOTE);
        assertThat(new int[] {e.line(), e.column(), e.field()}).containsExactly(2, 3, 2);
        assertThat(e).hasMessage("unterminated quoted field (a '\"' opened here is never closed)");
    }

    @Test
    void textAfterClosingQuoteIsReportedAtThatText() {
        CsvSyntaxException e = error("a,b\n\"multi\nline\"x,2\n");

        assertThat(e.kind()).isEqualTo(Kind.TEXT_AFTER_QUOTE);
        assertThat(new int[] {e.line(), e.column(), e.field()}).containsExactly(3, 6, 1);
        assertThat(e).hasMessageStartingWith("unexpected 'x' after a closing quote");
    }

    @Test
    void quoteInsideUnquotedFieldIsReportedAtTheQuote() {
        CsvSyntaxException e = error("a,b\n1,x\"y\n");

        assertThat(e.kind()).isEqualTo(Kind.QUOTE_IN_UNQUOTED_FIELD);
        assertThat(new int[] {e.line(), e.column(), e.field()}).containsExactly(2, 4, 2);
        assertThat(e).hasMessage("quote inside an unquoted field (quote the whole field: \"…\")");
    }

    @Test
    void maxRowsCountsAllRowsAndFailsAtTheFirstRowTooMany() throws CsvSyntaxException {
        assertThat(CsvParser.parse("h\n1\n2\n", BlankLines.SKIP, 3)).hasSize(3);

        CsvSyntaxException e = catchThrowableOfType(
                () -> CsvParser.parse("h\n1\n\n2\n3\n", BlankLines.SKIP, 2), CsvSyntaxException.class);
        assertThat(e.kind()).isEqualTo(Kind.TOO_MANY_ROWS);
        assertThat(new int[] {e.line(), e.column(), e.field()}).containsExactly(4, 1, 1);
        assertThat(e).hasMessage("more than 2 rows (the limit)");

        assertThat(catchThrowableOfType(() -> CsvParser.parse("h\n\"x", BlankLines.SKIP, 1),
                CsvSyntaxException.class).kind()).isEqualTo(Kind.UNTERMINATED_QUOTE);
        assertThat(CsvParser.parse("", BlankLines.SKIP, 0)).isEmpty();
        assertThatThrownBy(() -> CsvParser.parse("", BlankLines.SKIP, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextReadsRowByRowAndStopsAtTheFirstError() throws CsvSyntaxException {
        CsvParser parser = new CsvParser("a\nb\"\n", BlankLines.KEEP, Integer.MAX_VALUE);

        assertThat(parser.next()).map(Row::line).contains(1);
        assertThatThrownBy(parser::next).isInstanceOf(CsvSyntaxException.class);
    }
}
