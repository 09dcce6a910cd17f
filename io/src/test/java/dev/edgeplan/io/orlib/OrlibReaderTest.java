package dev.edgeplan.io.orlib;

import dev.edgeplan.core.location.LocationProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrlibReaderTest {

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void repeatedEdgeTakesTheLastCostThenShortestPaths() throws Exception {
        // edge 1-2 first 10 then 3: last wins; 1-3 via 2 is 3 + 4 = 7, shorter than the direct 9
        Path f = write("tiny.txt", "3 4 1\n1 2 10\n2 3 4\n1 3 9\n1 2 3\n");
        LocationProblem d = PmedReader.read(f).problem();
        assertThat(d.cost(0, 1)).isEqualTo(3.0);
        assertThat(d.cost(0, 2)).isEqualTo(7.0);
        assertThat(d.cost(2, 0)).isEqualTo(7.0);
        assertThat(d.cost(1, 1)).isZero();
    }

    @Test
    void pmedErrorsNameFileLineAndWhatWasExpected() throws Exception {
        Path bad = write("bad.txt", "3 2 1\n1 2 5\n2 x 4\n");
        assertThatThrownBy(() -> PmedReader.read(bad)).isInstanceOf(OrlibFormatException.class)
                .hasMessage(bad + ":3: expected edge 2 second vertex (a whole number), found 'x'");
        Path short_ = write("short.txt", "3 2 1\n1 2 5\n");
        assertThatThrownBy(() -> PmedReader.read(short_)).hasMessageContaining("short.txt:2: expected edge 2 first vertex, found end of file");
        Path range = write("range.txt", "3 1 1\n1 4 5\n");
        assertThatThrownBy(() -> PmedReader.read(range)).hasMessageContaining("range.txt:2: expected edge 1 second vertex in 1..3, found 4");
        Path disconnected = write("cut.txt", "3 1 1\n1 2 5\n");
        assertThatThrownBy(() -> PmedReader.read(disconnected)).hasMessageContaining("not connected");
    }

    @Test
    void capWrappedCostLinesAndTheCapacityWord() throws Exception {
        Path f = write("capx.txt", "2 2\n capacity 10.5\n capacity 20\n3 1.5\n 2.5\n4 7 8\n");
        assertThatThrownBy(() -> CapReader.read(f, OptionalDouble.empty(), false))
                .hasMessageContaining("capx.txt:2: warehouse 1 capacity is the word 'capacity': give --capacity");
        LocationProblem p = CapReader.read(f, OptionalDouble.of(5), false);
        assertThat(p.capacity()).containsExactly(5.0, 5.0);
        assertThat(p.fixedCost()).containsExactly(10.5, 20.0);
        assertThat(p.demand()).containsExactly(3.0, 4.0);
        assertThat(p.cost(0, 1)).isEqualTo(2.5);
        assertThat(p.cost(1, 0)).isEqualTo(7.0);
        assertThat(CapReader.read(f, OptionalDouble.empty(), true).capacity()).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void capTrailingOrNegativeNumbersAreRejected() throws Exception {
        Path trailing = write("t.txt", "1 1\n5 1\n2 3\n9\n");
        assertThatThrownBy(() -> CapReader.read(trailing, OptionalDouble.empty(), false))
                .hasMessageContaining("t.txt:4: expected end of file, found '9'");
        Path negative = write("n.txt", "1 1\n5 -1\n2 3\n");
        assertThatThrownBy(() -> CapReader.read(negative, OptionalDouble.empty(), false))
                .hasMessageContaining("n.txt:2: expected warehouse 1 fixed cost (a finite number ≥ 0), found '-1'");
    }
}
