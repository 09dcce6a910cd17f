package dev.edgeplan.core.catalog;

/** Numeric format of model weights (and of the KV cache) on an accelerator. */
public enum Precision {
    BF16("bf16", 2.0),
    FP8("fp8", 1.0),
    FP4("fp4", 0.5);

    private final String key;
    private final double bytesPerValue;

    Precision(String key, double bytesPerValue) {
        this.key = key;
        this.bytesPerValue = bytesPerValue;
    }

    public String key() {
        return key;
    }

    public double bytesPerValue() {
        return bytesPerValue;
    }

    /** Parses "bf16", "fp16" (same width as bf16), "fp8", "int8" (same width as fp8), "fp4", "nvfp4". */
    public static Precision parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "bf16", "fp16" -> BF16;
            case "fp8", "int8" -> FP8;
            case "fp4", "nvfp4", "mxfp4" -> FP4;
            default -> throw new IllegalArgumentException("unknown precision '" + text + "' (expected bf16, fp8 or fp4)");
        };
    }
}
