package dev.edgeplan.io.orlib;

import dev.edgeplan.core.location.LocationProblem;
import dev.edgeplan.core.location.LocationSolution;
import dev.edgeplan.core.location.LocationSolvers;
import dev.edgeplan.core.location.SolveOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Small OR-Library instances (copied from ../shared/data/orlib with their OPTIMA.tsv rows) solved to the
 * published optimum with a proof. The full sweep is bench/orlib.sh; these keep the build fast.
 */
class OrlibOptimaTest {

    /** Generous: these solve in well under a second; the limit only stops a regression from hanging the build. */
    private static final SolveOptions EXACT = new SolveOptions(120, SolveOptions.Mode.EXACT);

    /** capopt lists optima with three decimals. */
    private static final double PUBLISHED_PRECISION = 1e-3;

    static Path resource(String name) {
        try {
            return Path.of(OrlibOptimaTest.class.getResource("/orlib/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String[]> rows(String table) throws IOException {
        return Files.readAllLines(resource(table)).stream().skip(1).map(l -> l.split("\t"));
    }

    static Stream<Arguments> pmed() throws IOException {
        return rows("pmed-OPTIMA.tsv").map(r -> arguments(r[0], Integer.parseInt(r[2]), Double.parseDouble(r[3]),
                Double.parseDouble(r[4])));
    }

    static Stream<Arguments> cap() throws IOException {
        return rows("cap-OPTIMA.tsv").map(r -> arguments(r[0], r[1], Double.parseDouble(r[6])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pmed")
    void pMedianReachesAndProvesThePublishedOptimum(String instance, int p, double pMedianOptimum, double pCenterOptimum)
            throws OrlibFormatException {
        PmedReader.PmedInstance inst = PmedReader.read(resource(instance + ".txt"));
        assertThat(inst.p()).isEqualTo(p);
        LocationSolution s = LocationSolvers.pMedian(inst.problem(), p, EXACT);
        assertThat(s.objective()).isEqualTo(pMedianOptimum);
        assertThat(s.lowerBound()).isEqualTo(pMedianOptimum);
        assertThat(s.provenOptimal()).isTrue();
        assertThat(s.open()).hasSize(p);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pmed")
    void pCenterReachesAndProvesThePublishedOptimum(String instance, int p, double pMedianOptimum, double pCenterOptimum)
            throws OrlibFormatException {
        PmedReader.PmedInstance inst = PmedReader.read(resource(instance + ".txt"));
        LocationSolution s = LocationSolvers.pCenter(inst.problem(), p, EXACT);
        assertThat(s.objective()).isEqualTo(pCenterOptimum);
        assertThat(s.provenOptimal()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cap")
    void warehouseLocationReachesAndProvesThePublishedOptimum(String instance, String file, double optimum)
            throws OrlibFormatException {
        boolean uncapacitated = instance.endsWith("-uncap");
        LocationProblem problem = CapReader.read(resource(file), OptionalDouble.empty(), uncapacitated);
        LocationSolution s = uncapacitated ? LocationSolvers.uncapacitatedFacilityLocation(problem, EXACT)
                : LocationSolvers.capacitated(problem, EXACT);
        assertThat(s.objective()).isCloseTo(optimum, within(PUBLISHED_PRECISION));
        assertThat(s.provenOptimal()).isTrue();
        assertThat(s.lowerBound()).isCloseTo(s.objective(), within(PUBLISHED_PRECISION));
    }
}
