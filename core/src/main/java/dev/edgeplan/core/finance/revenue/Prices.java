package dev.edgeplan.core.finance.revenue;

/**
 * Prices of the revenue models.
 *
 * @param usdPerKwMonth          colocation price per kW of IT in use per month
 * @param usdPerGpuHour          accelerator rental price per hour
 * @param gpuHoursSoldPct        share of installed accelerator hours sold, percent
 * @param usdPerMillionTokens    inference price per million output tokens
 * @param usdPerThousandRequests inference price per thousand requests of per-sample workloads
 */
public record Prices(double usdPerKwMonth, double usdPerGpuHour, double gpuHoursSoldPct, double usdPerMillionTokens,
                     double usdPerThousandRequests) {
}
