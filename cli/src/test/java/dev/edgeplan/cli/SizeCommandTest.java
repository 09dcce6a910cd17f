package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SizeCommandTest {

    @Test
    void issueExampleAnswersWithOneJsonObject() {
        Cli cli = Cli.run("size", "--model", "llama-2-70b", "--accelerator", "h200-sxm", "--peak-rps", "40",
                "--input-tokens", "1155", "--output-tokens", "211", "--ttft-ms", "450", "--tpot-ms", "40", "--json");
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        String json = cli.stdout().strip();
        assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(json).contains("\"accelerators\":", "\"servers\":", "\"tokens_per_s_per_accelerator\":",
                "\"method\":\"benchmark\"", "\"source\":", "\"utilization\":", "\"p_wait\":", "\"it_kw_nameplate\":",
                "\"it_kw_expected\":", "\"joules_per_token\":");
        // 450 ms / 40 ms is MLPerf's Interactive class: the Interactive row is used, not Server.
        assertThat(json).contains("\"reference\":\"Interactive\"");
    }

    @Test
    void maxThroughputUsesOffline() {
        Cli cli = Cli.run("size", "--model", "llama3.1-405b", "--accelerator", "b200", "--peak-rps", "5",
                "--scenario", "max-throughput", "--json");
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains("\"reference\":\"Offline\"", "\"tensor_parallel\":2");
    }

    @Test
    void nonLlmReportsSamplesAndJoulesPerRequest() {
        Cli cli = Cli.run("size", "--model", "resnet50", "--accelerator", "h100-sxm", "--peak-rps", "20000", "--json");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout()).contains("\"samples_per_s_per_accelerator\":", "\"joules_per_request\":");
    }

    @Test
    void latencyBudgetForPerSampleWorkloads() {
        Cli ok = Cli.run("size", "--model", "resnet50", "--accelerator", "h100-sxm", "--peak-rps", "20000",
                "--latency-ms", "1", "--json");
        assertThat(ok.exitCode()).as(ok.stderr()).isZero();
        assertThat(ok.stdout()).contains("\"latency_ms_at_percentile\":").doesNotContain("ttft");
        Cli tooTight = Cli.run("size", "--model", "resnet50", "--accelerator", "h100-sxm", "--peak-rps", "20000",
                "--latency-ms", "0.01");
        assertThat(tooTight.exitCode()).isEqualTo(3);
        assertThat(tooTight.stderr()).contains("workloads[cli].service_time_ms", "above service_time_ms 0.01");
        Cli onLlm = Cli.run("size", "--model", "llama2-70b", "--accelerator", "h200-sxm", "--peak-rps", "1",
                "--latency-ms", "100");
        assertThat(onLlm.exitCode()).isEqualTo(2);
        assertThat(onLlm.stderr()).contains("--latency-ms applies to per-sample workloads");
    }

    @Test
    void textOutputNamesTheSource() {
        Cli cli = Cli.run("size", "--model", "llama2-70b", "--accelerator", "h200-sxm", "--peak-rps", "40");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout()).contains("accelerators in", "source", "mlcommons");
    }

    @Test
    void unknownModelIsExitTwoWithSuggestion() {
        Cli cli = Cli.run("size", "--model", "llama2-70", "--accelerator", "h200-sxm", "--peak-rps", "1");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.stderr()).contains("unknown model 'llama2-70'", "did you mean 'llama2-70b'");
        assertThat(cli.stdout()).isEmpty();
    }

    @Test
    void tokenFlagsOnAVisionModelAreExitTwo() {
        Cli cli = Cli.run("size", "--model", "resnet50", "--accelerator", "h100-sxm", "--peak-rps", "1", "--ttft-ms", "10");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.stderr()).contains("LLMs only");
    }

    @Test
    void ttftBelowPrefillIsExitThreeNamingTheLimit() {
        // Prefill of 1,155 tokens of a 70B model is ~82 ms on one H200 (roofline) and ~10 ms split over all eight of
        // a DGX H200: a 5 ms TTFT cannot be met at any tensor-parallel degree.
        Cli cli = Cli.run("size", "--model", "llama2-70b", "--accelerator", "h200-sxm", "--peak-rps", "40",
                "--ttft-ms", "5", "--tpot-ms", "200");
        assertThat(cli.exitCode()).as(cli.stderr()).isEqualTo(3);
        assertThat(cli.stderr()).contains("cannot be satisfied", "ttft_ms", "prefill");
    }

    @Test
    void catalogListsIdsAsJson() {
        Cli cli = Cli.run("catalog", "accelerators", "--json");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout().strip()).startsWith("{\"accelerators\":[").contains("\"id\":\"h200-sxm\"");
        assertThat(Cli.run("catalog", "models").stdout()).contains("llama2-70b", "resnet50");
        assertThat(Cli.run("catalog", "servers").stdout()).contains("dgx-h200");
        assertThat(Cli.run("catalog", "gpus").exitCode()).isEqualTo(2);
    }
}
