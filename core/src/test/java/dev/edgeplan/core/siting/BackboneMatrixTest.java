package dev.edgeplan.core.siting;

import dev.edgeplan.core.demand.DemandPoint;
import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.scenario.CandidateSite;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BackboneMatrixTest {

    /** The parallel matrix with per-point trigonometry gives, cell by cell, exactly what a single call gives. */
    @Test
    void everyCellIsBitIdenticalToTheSingleDistanceCall() {
        SplittableRandom random = new SplittableRandom(3);
        List<DemandPoint> points = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            points.add(new DemandPoint(p, "d" + p, "", random.nextDouble(-89, 89), random.nextDouble(-180, 180), 1.0,
                    "test"));
        }
        List<CandidateSite> sites = new ArrayList<>();
        for (int s = 0; s < 37; s++) {
            sites.add(new CandidateSite("s" + s, "", random.nextDouble(-89, 89), random.nextDouble(-180, 180), 5, 0.08,
                    1.0, Optional.empty(), s % 3));
        }
        LatencyModel latency = new LatencyModel(LatencyModel.defaults());
        double[] m = SitingEngine.backboneMatrix(points, sites, latency);
        for (int p = 0; p < points.size(); p++) {
            for (int s = 0; s < sites.size(); s++) {
                DemandPoint a = points.get(p);
                CandidateSite b = sites.get(s);
                double expected = latency.sloBackboneRttMs(GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()))
                        + b.processingMs();
                assertThat(m[p * sites.size() + s]).isEqualTo(expected);
            }
        }
    }
}
