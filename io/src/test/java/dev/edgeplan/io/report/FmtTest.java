package dev.edgeplan.io.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FmtTest {

    @Test
    void moneyReadsLikeAHeadline() {
        assertThat(Fmt.usdShort(23_400_000)).isEqualTo("$23.4 M");
        assertThat(Fmt.usdShort(999_960)).isEqualTo("$1.0 M");
        assertThat(Fmt.usdShort(1_250_000_000)).isEqualTo("$1.25 B");
        assertThat(Fmt.usdShort(812_500)).isEqualTo("$812.5 k");
        assertThat(Fmt.usdShort(-3_100_000)).isEqualTo("-$3.1 M");
        assertThat(Fmt.usdShort(-0.2)).isEqualTo("$0");
        assertThat(Fmt.usdShort(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void numbersUseRootLocaleSeparatorsAndNoNegativeZero() {
        assertThat(Fmt.num(1_234_567.891, 1)).isEqualTo("1,234,567.9");
        assertThat(Fmt.num(-0.04, 1)).isEqualTo("0.0");
        assertThat(Fmt.usd(-15_538_068.4)).isEqualTo("-15,538,068");
        assertThat(Fmt.kw(1224)).isEqualTo("1,224");
        assertThat(Fmt.kw(40.8)).isEqualTo("40.8");
        assertThat(Fmt.mw(1836)).isEqualTo("1.84");
        assertThat(Fmt.quantity(3105.6)).isEqualTo("3,106");
        assertThat(Fmt.quantity(8.421)).isEqualTo("8.42");
    }

    @Test
    void percentNeverRoundsAShortfallAway() {
        assertThat(Fmt.pct(99.96)).isEqualTo(">99.9");
        assertThat(Fmt.pct(100.0)).isEqualTo("100.0");
        assertThat(Fmt.pct(0.04)).isEqualTo("<0.1");
        assertThat(Fmt.pct(0.0)).isEqualTo("0.0");
        assertThat(Fmt.pct(97.88)).isEqualTo("97.9");
    }

    @Test
    void plainValuesKeepTheirDigits() {
        assertThat(Fmt.plain(11_700_000)).isEqualTo("11,700,000");
        assertThat(Fmt.plain(0.8)).isEqualTo("0.8");
        assertThat(Fmt.plain(184.06)).isEqualTo("184.06");
        assertThat(Fmt.plain(1.25)).isEqualTo("1.25");
        assertThat(Fmt.plain(0)).isEqualTo("0");
    }

    @Test
    void latLonNamesHemispheres() {
        assertThat(Fmt.latLon(32.8009, -96.8194)).isEqualTo("32.801° N, 96.819° W");
        assertThat(Fmt.latLon(-33.8688, 151.2093)).isEqualTo("33.869° S, 151.209° E");
    }

    @Test
    void niceChartSteps() {
        assertThat(ItLoadChart.niceStep(306)).isEqualTo(500);
        assertThat(ItLoadChart.niceStep(153)).isEqualTo(200);
        assertThat(ItLoadChart.niceStep(0.0)).isEqualTo(1.0);
        assertThat(ItLoadChart.niceStep(250)).isEqualTo(250);
    }

    @Test
    void escapingCoversMarkupQuotesAndIllegalXmlCharacters() {
        assertThat(Html.escape("<a href='x'>\"&\"</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        assertThat(Html.escape("bell\u0007")).isEqualTo("bell\uFFFD");
        assertThat(Html.escape("emoji \uD83D\uDE80 ok")).isEqualTo("emoji \uD83D\uDE80 ok");
        assertThat(Html.escape("lone \uD83D")).isEqualTo("lone \uFFFD");
        assertThat(Html.escape(null)).isEmpty();
    }
}
