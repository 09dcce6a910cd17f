package dev.edgeplan.core.scenario;

import dev.edgeplan.core.finance.revenue.RevenueModel;

import java.util.OptionalDouble;

/**
 * How the sites earn money and what the operator pays for IT it owns.
 *
 * @param model                  colocation, gpu_hours or tokens
 * @param usdPerGpuHour          accelerator rental price
 * @param gpuHoursSoldPct        share of installed accelerator-hours sold
 * @param usdPerMillionTokens    inference price per million output tokens (required for the tokens model)
 * @param usdPerThousandRequests inference price per thousand requests of per-sample workloads
 * @param serverPriceUsd         price of one server (required when the operator owns the IT)
 * @param itRefreshYears         years after which IT is bought again
 */
public record RevenueTerms(RevenueModel model, double usdPerGpuHour, double gpuHoursSoldPct,
                           OptionalDouble usdPerMillionTokens, double usdPerThousandRequests,
                           OptionalDouble serverPriceUsd, int itRefreshYears) {
}
