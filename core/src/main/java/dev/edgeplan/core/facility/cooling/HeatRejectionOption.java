package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.scenario.HeatRejection;

/** One heat-rejection choice for a site's liquid loop: energy against water. */
public record HeatRejectionOption(HeatRejection rejection, double pueAnnual, double puePeak, double wueLPerKwh) {
}
