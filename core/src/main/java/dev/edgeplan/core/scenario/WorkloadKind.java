package dev.edgeplan.core.scenario;

/** What an inference request does; decides the throughput unit (tokens or samples). */
public enum WorkloadKind {
    /** Large language model: throughput in generated (output) tokens per second. */
    LLM("llm"),
    VISION("vision"),
    SPEECH("speech"),
    NLP("nlp"),
    IMAGE_GENERATION("image_generation");

    private final String key;

    WorkloadKind(String key) {
        this.key = key;
    }

    /** The spelling used in scenario files and plan.json. */
    public String key() {
        return key;
    }

    public boolean countsTokens() {
        return this == LLM;
    }
}
