package dev.edgeplan.io.report;

import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.commissioning.Acceptance;
import dev.edgeplan.core.commissioning.CxTest;
import dev.edgeplan.core.commissioning.LevelPlan;
import dev.edgeplan.core.commissioning.PhaseCommissioning;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityDetail;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.facility.availability.SiteAvailability;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.finance.CashFlowYear;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.phasing.Phase;
import dev.edgeplan.core.plan.Assumption;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanSummary;
import dev.edgeplan.core.plan.SitePlan;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code plan.xlsx}: the plan as a workbook an analyst keeps working in. Numbers are numbers (units in the column
 * headers), header rows are frozen, and the cash-flow sheet is live: EBITDA, net cash, cumulative cash, the
 * discounted flows, the totals and the NPV are formulas over the year rows and over one input cell, the discount
 * rate, so changing that cell re-prices every NPV in the workbook. The sheets are listed in {@link #SHEETS}; the
 * layout is described in docs/reports.md.
 *
 * <p>The same plan gives the same bytes: the document's created date ({@link #CREATED}) and the zip entries' dates
 * ({@link #ENTRY_TIME}) are fixed.
 */
public final class PlanWorkbook {

    public static final List<String> SHEETS = List.of("summary", "sites", "capacity", "facility", "phases",
            "cash flow", "assumptions", "commissioning");

    /** Name of the discount-rate input cell ({@code 'cash flow'!B1}), usable in any formula. */
    public static final String DISCOUNT_RATE_NAME = "discount_rate_pct";

    /** The workbook's created date: 2000-01-01T00:00:00Z, so identical plans give identical files. */
    static final Date CREATED = new Date(946_684_800_000L);

    /** Date of every entry in the zip package, in the zip's local-time field (no time zone involved). */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** Row (1-based) of the cash-flow sheet's plan NPV, and of its first year row. */
    static final int NPV_ROW = 2;
    static final int CASH_HEADER_ROW = 6;

    private static final String CF = "'cash flow'!";
    static final String TRUNCATED = "… [truncated: a cell holds at most 32,767 characters]";
    private static final int MAX_WIDTH_CHARS = 60;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle input;
    private final CellStyle money;
    private final CellStyle decimal;

    private PlanWorkbook() {
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input = book.createCellStyle();
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setBorderBottom(BorderStyle.THIN);
        input.setBorderTop(BorderStyle.THIN);
        input.setBorderLeft(BorderStyle.THIN);
        input.setBorderRight(BorderStyle.THIN);
        money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        decimal = book.createCellStyle();
        decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0###"));
    }

    /** The workbook's bytes (an OOXML zip package). */
    public static byte[] write(Plan plan) {
        PlanWorkbook w = new PlanWorkbook();
        // sheets in their final order; the cash-flow sheet is filled first so the others can point at its cells
        Sheet summary = w.book.createSheet("summary");
        Sheet sites = w.book.createSheet("sites");
        Sheet capacity = w.book.createSheet("capacity");
        Sheet facility = w.book.createSheet("facility");
        Sheet phases = w.book.createSheet("phases");
        Sheet cash = w.book.createSheet("cash flow");
        Sheet assumptions = w.book.createSheet("assumptions");
        Sheet commissioning = w.book.createSheet("commissioning");
        List<Integer> siteNpvRows = w.cashFlow(cash, plan);
        w.summary(summary, plan);
        w.sites(sites, plan, siteNpvRows);
        w.capacity(capacity, plan);
        w.facility(facility, plan);
        w.phases(phases, plan);
        w.assumptions(assumptions, plan);
        w.commissioning(commissioning, plan);
        // cached results for readers without a calculation engine (previews, pandas); Excel recalculates on open
        w.book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        w.book.setForceFormulaRecalculation(true);
        w.book.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
        w.book.getProperties().getCoreProperties().setCreator("edgeplan");
        w.book.getProperties().getCoreProperties().setTitle(cellText("edgeplan plan: " + plan.scenarioName()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook b = w.book) {
            b.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixedEntryTimes(out.toByteArray());
    }

    /** The package re-zipped with every entry dated {@link #ENTRY_TIME}: POI stamps entries with the clock. */
    static byte[] fixedEntryTimes(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ENTRY_TIME);
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The discount rate the plan was priced at, in % per year, from its assumptions. */
    static double discountRatePct(Plan plan) {
        return plan.assumptions().stream().filter(a -> a.key().equals("finance.discount_rate_pct"))
                .mapToDouble(Assumption::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plan has no finance.discount_rate_pct assumption"));
    }

    private void summary(Sheet s, Plan plan) {
        SheetTable t = new SheetTable(s, "item", "value", "unit");
        PlanSummary m = plan.summary();
        t.row("scenario", plan.scenarioName(), "");
        t.row("horizon", plan.horizonYears(), "years");
        t.row("seed", plan.seed(), "");
        t.row("accelerator", plan.acceleratorId(), "");
        t.row("server", plan.serverId(), "");
        t.row("candidate sites", m.candidateSites(), "");
        t.row("sites chosen", m.sitesChosen(), "");
        t.row("demand points", m.demandPoints(), "");
        t.row("served demand (design-year peak within SLO)", m.servedDemandPct(), "%");
        t.row("accelerators", m.accelerators(), "");
        t.row("servers", m.servers(), "");
        t.row("racks", m.racks(), "");
        t.row("IT (nameplate)", m.itKw(), "kW");
        t.row("IT (expected at load)", m.itKwExpected(), "kW");
        t.row("facility", m.facilityKw(), "kW");
        t.row("construction capex (all phases)", m.capexUsd(), "USD");
        t.row("IT capex (operator-owned)", m.itCapexUsd(), "USD");
        t.row("NPV (live, 'cash flow' sheet)", new Formula(CF + "B" + NPV_ROW), "USD");
        t.row("discount rate (live input, 'cash flow' sheet)", new Formula(CF + "B1"), "%/year");
        t.row("IRR", optional(plan.economics().irr()), "per year");
        t.row("payback", optional(plan.economics().paybackYears()), "years");
        t.row("revenue model", plan.economics().revenueModel(), "");
        t.row("phasing strategy", plan.economics().strategy(), "");
        for (String warning : plan.warnings()) {
            t.row("warning", warning, "");
        }
        t.finish();
    }

    private void sites(Sheet s, Plan plan, List<Integer> siteNpvRows) {
        SheetTable t = new SheetTable(s, "site", "name", "lat (deg)", "lon (deg)", "power available (MW)",
                "power price (USD/kWh)", "demand points served", "accelerators", "servers", "racks", "IT (kW)",
                "IT expected (kW)", "facility (kW)", "PUE", "construction capex (USD)", "IT capex (USD)",
                "NPV (USD, live)", "IRR (per year)", "payback (years)");
        for (int i = 0; i < plan.sites().size(); i++) {
            SitePlan p = plan.sites().get(i);
            FacilityDesign f = p.facility();
            t.row(p.id(), p.name(), p.lat(), p.lon(), p.powerAvailableMw(), p.powerPriceUsdPerKwh(),
                    p.demandPointsServed(), f.accelerators(), f.servers(), f.racks(), f.itKw(), f.itKwExpected(),
                    f.facilityKw(), f.pue(), p.finance().constructionCapexUsd(), p.finance().itCapexUsd(),
                    new Formula(CF + "F" + siteNpvRows.get(i)), optional(p.finance().irr()),
                    optional(p.finance().paybackYears()));
        }
        t.finish();
    }

    private void capacity(Sheet s, Plan plan) {
        SheetTable t = new SheetTable(s, "site", "workload", "peak requests (1/s)", "demand units (1/s)", "unit", "method",
                "per accelerator (units/s)", "planned per accelerator (units/s)", "tensor parallel", "replicas",
                "spare replicas", "accelerators", "servers", "utilization (%)", "P(wait)",
                "latency at percentile (ms)", "IT nameplate (kW)", "IT expected (kW)", "energy (J/unit)");
        for (SitePlan p : plan.sites()) {
            for (WorkloadCapacity c : p.workloads()) {
                t.row(p.id(), c.workloadId(), c.peakRequestsPerS(), c.demandUnitsPerS(), c.unit(),
                        c.throughput().method(), c.throughput().perAcceleratorPerS(), c.plannedPerAcceleratorPerS(),
                        c.throughput().tensorParallel(), c.replicas(), c.spareReplicas(), c.accelerators(),
                        c.servers(), c.utilizationPct(), c.pWait(), c.latencyMsAtPercentile(), c.itKwNameplate(),
                        c.itKwExpected(), c.joulesPerUnit());
            }
        }
        t.finish();
    }

    private void facility(Sheet s, Plan plan) {
        SheetTable t = new SheetTable(s, "site", "racks", "servers per rack", "kW per rack", "cooling", "ASHRAE class",
                "heat rejection", "PUE (annual)", "PUE (design day)", "redundancy", "UPS installed (kW)",
                "UPS modules installed", "generators installed", "generator installed (kW)", "utility feed (kW)",
                "availability", "downtime (min/year)", "tier-like", "white space (m2)", "gross area (m2)",
                "peak traffic (Gbps)", "design uplink (Gbps)", "diverse paths", "nearest IXP", "nearest IXP (km)");
        for (SitePlan p : plan.sites()) {
            FacilityDesign f = p.facility();
            FacilityDetail d = f.detail();
            PowerChain c = f.powerChain();
            SiteAvailability a = d.availability();
            SiteNetwork n = p.network();
            boolean ixp = !n.nearestIxps().isEmpty();
            t.row(p.id(), f.racks(), f.serversPerRack(), f.kwPerRack(), f.cooling().key(), d.ashraeClass(),
                    d.rejection().describe(f.cooling()), f.pue(), d.designPeakPue(), c.redundancy().key(), c.upsInstalledKw(),
                    c.upsModulesInstalled(), c.generatorsInstalled(), c.generatorInstalledKw(), c.utilityFeedKw(),
                    a.availability(), a.downtimeMinPerYear(), a.tierLike().key(), d.room().whiteSpaceM2(),
                    d.room().grossM2(), n.peakGbps(), n.designGbps(), n.diversePaths(),
                    ixp ? n.nearestIxps().get(0).name() : "", ixp ? n.nearestIxps().get(0).distanceKm() : "");
        }
        t.finish();
    }

    private void phases(Sheet s, Plan plan) {
        SheetTable t = new SheetTable(s, "site", "phase", "decision (month)", "online (month)", "IT added (kW)",
                "IT cumulative (kW)", "capex (USD)");
        for (SitePlan p : plan.sites()) {
            SiteFinance f = p.finance();
            for (Phase ph : f.buildOut().phases()) {
                t.row(p.id(), ph.index() + 1, ph.decisionMonth(), ph.onlineMonth(), ph.itKw(), ph.cumulativeItKw(),
                        f.capex().phaseUsd(ph.itKw(), ph.index() == 0));
            }
        }
        t.finish();
    }

    /**
     * Inputs on top (discount rate, plan NPV, plan net total), then one row per site and year with the model's
     * revenue and cost lines as numbers and EBITDA, net, cumulative and discounted cash as formulas; then per-site
     * totals (SUMIF) and NPV; then the plan's flows by period with Excel's NPV over them.
     *
     * @return [site] 1-based row of the site's NPV
     */
    private List<Integer> cashFlow(Sheet s, Plan plan) {
        Row r1 = s.createRow(0);
        label(r1, 0, "discount rate (%/year) — input, change it to re-price");
        Cell rate = r1.createCell(1);
        rate.setCellValue(discountRatePct(plan));
        rate.setCellStyle(input);
        Name name = book.createName();
        name.setNameName(DISCOUNT_RATE_NAME);
        name.setRefersToFormula(CF + "$B$1");

        String[] head = {"site", "year", "online IT (kW)", "served IT (kW)", "construction capex (USD)",
                "IT capex (USD)", "revenue (USD)", "energy (USD)", "maintenance (USD)", "staffing (USD)",
                "insurance and tax (USD)", "other opex (USD)", "EBITDA (USD)", "residual value (USD)", "net (USD)",
                "cumulative net (USD)", "discounted net (USD)"};
        SheetTable t = new SheetTable(s, CASH_HEADER_ROW - 1, head);
        int first = CASH_HEADER_ROW + 1;
        for (SitePlan p : plan.sites()) {
            int siteFirst = t.nextRow();
            for (CashFlowYear y : p.finance().cashFlow()) {
                int n = t.nextRow();
                String cumulative = n == siteFirst ? "O" + n : "P" + (n - 1) + "+O" + n;
                t.row(p.id(), y.year(), y.onlineItKw(), y.servedItKw(), y.constructionCapexUsd(), y.itCapexUsd(),
                        y.revenueUsd(), y.energyUsd(), y.maintenanceUsd(), y.staffingUsd(), y.insuranceTaxUsd(),
                        y.otherOpexUsd(), new Formula("G" + n + "-SUM(H" + n + ":L" + n + ")"), y.residualUsd(),
                        new Formula("M" + n + "-E" + n + "-F" + n + "+N" + n), new Formula(cumulative),
                        new Formula("-(E" + n + "+F" + n + ")/(1+$B$1/100)^B" + n
                                + "+(M" + n + "+N" + n + ")/(1+$B$1/100)^(B" + n + "+1)"));
            }
        }
        int last = t.nextRow() - 1;
        String sites = "$A$" + first + ":$A$" + last;

        t.blank();
        t.header("site", "construction capex (USD)", "IT capex (USD)", "revenue (USD)", "net (USD)", "NPV (USD)");
        List<Integer> npvRows = new ArrayList<>();
        for (SitePlan p : plan.sites()) {
            int n = t.nextRow();
            npvRows.add(n);
            t.row(p.id(), sumIf(sites, n, "E", first, last), sumIf(sites, n, "F", first, last),
                    sumIf(sites, n, "G", first, last), sumIf(sites, n, "O", first, last),
                    sumIf(sites, n, "Q", first, last));
        }
        int totalRow = t.nextRow();
        t.row("total", sum("B", npvRows), sum("C", npvRows), sum("D", npvRows), sum("E", npvRows), sum("F", npvRows));

        // the plan's flows by period t (years from the decision): capex at the start of year t, EBITDA and residual
        // at its end, i.e. at the start of t + 1
        t.blank();
        t.header("period t (years)", "plan cash flow (USD)");
        int flowsFirst = t.nextRow();
        int periods = plan.economics().flowsUsd().length;
        for (int period = 0; period < periods; period++) {
            int n = t.nextRow();
            String capex = "-SUMIF($B$" + first + ":$B$" + last + ",A" + n + ",$E$" + first + ":$E$" + last + ")"
                    + "-SUMIF($B$" + first + ":$B$" + last + ",A" + n + ",$F$" + first + ":$F$" + last + ")";
            String income = "+SUMIF($B$" + first + ":$B$" + last + ",A" + n + "-1,$M$" + first + ":$M$" + last + ")"
                    + "+SUMIF($B$" + first + ":$B$" + last + ",A" + n + "-1,$N$" + first + ":$N$" + last + ")";
            t.row(period, new Formula(capex + income));
        }
        int flowsLast = t.nextRow() - 1;

        Row r2 = s.createRow(NPV_ROW - 1);
        label(r2, 0, "plan NPV (USD) — Excel NPV of the plan cash flow by period");
        formula(r2, 1, "B" + flowsFirst + (periods > 1 ? "+NPV($B$1/100,B" + (flowsFirst + 1) + ":B" + flowsLast + ")" : ""));
        Row r3 = s.createRow(2);
        label(r3, 0, "plan NPV (USD) — sum of the sites' discounted net");
        formula(r3, 1, "F" + totalRow);
        Row r4 = s.createRow(3);
        label(r4, 0, "plan net cash over the horizon (USD)");
        formula(r4, 1, "SUM(O" + first + ":O" + last + ")");
        t.finish();
        s.setColumnWidth(0, 48 * 256);
        return npvRows;
    }

    private static Formula sumIf(String sites, int row, String column, int first, int last) {
        return new Formula("SUMIF(" + sites + ",A" + row + ",$" + column + "$" + first + ":$" + column + "$" + last + ")");
    }

    private static Formula sum(String column, List<Integer> rows) {
        return rows.isEmpty() ? new Formula("0")
                : new Formula("SUM(" + column + rows.get(0) + ":" + column + rows.get(rows.size() - 1) + ")");
    }

    private void assumptions(Sheet s, Plan plan) {
        SheetTable t = new SheetTable(s, "key", "value", "unit", "source");
        for (Assumption a : plan.assumptions()) {
            t.row(a.key(), a.value(), a.unit(), a.source());
        }
        t.finish();
    }

    private void commissioning(Sheet s, Plan plan) {
        SheetTable t = new SheetTable(s, "site", "phase", "level", "level name", "test id", "title", "discipline", "units",
                "acceptance", "done (date / initials)");
        for (SitePlan p : plan.sites()) {
            for (PhaseCommissioning ph : p.commissioning().phases()) {
                for (LevelPlan level : ph.levels()) {
                    for (CxTest test : level.tests()) {
                        t.row(p.id(), ph.phase(), level.level().name(), level.level().title(), test.id(), test.title(),
                                test.discipline().label(), test.units(),
                                test.acceptance().stream().map(PlanWorkbook::acceptance).collect(Collectors.joining("; ")),
                                "");
                    }
                }
            }
        }
        t.finish();
    }

    /**
     * Text as a cell can hold it: Excel refuses more than 32,767 characters in a cell, so a longer text (a scenario
     * name, a warning) is cut there and ends with {@link #TRUNCATED}.
     */
    static String cellText(String s) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (s.length() <= max) {
            return s;
        }
        int cut = max - TRUNCATED.length();
        if (Character.isLowSurrogate(s.charAt(cut))) {
            cut--;
        }
        return s.substring(0, cut) + TRUNCATED;
    }

    static String acceptance(Acceptance a) {
        return a.metric() + " " + a.comparator() + " " + Fmt.plain(a.value()) + (a.unit().isEmpty() ? "" : " " + a.unit());
    }

    private static Object optional(OptionalDouble d) {
        return d.isPresent() ? (Object) d.getAsDouble() : "";
    }

    private void label(Row row, int column, String value) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(header);
    }

    private void formula(Row row, int column, String f) {
        Cell c = row.createCell(column);
        c.setCellFormula(f);
        c.setCellStyle(money);
    }

    /** A formula cell, told apart from text. */
    private record Formula(String text) {
    }

    /** Rows appended under a frozen header, with column widths from the longest value. */
    private final class SheetTable {
        private final Sheet sheet;
        private final int[] widths = new int[64];
        private int next;

        SheetTable(Sheet sheet, String... columns) {
            this(sheet, 0, columns);
        }

        SheetTable(Sheet sheet, int headerRow, String... columns) {
            this.sheet = sheet;
            this.next = headerRow;
            header(columns);
            sheet.createFreezePane(0, headerRow + 1);
        }

        /** 1-based number of the row the next {@link #row} call writes. */
        int nextRow() {
            return next + 1;
        }

        void blank() {
            next++;
        }

        void header(String... columns) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < columns.length; i++) {
                Cell c = r.createCell(i);
                c.setCellValue(columns[i]);
                c.setCellStyle(header);
                widths[i] = Math.max(widths[i], Math.min(columns[i].length(), 28));
            }
        }

        void row(Object... values) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Cell c = r.createCell(i);
                Object v = values[i];
                int width;
                if (v instanceof Formula f) {
                    c.setCellFormula(f.text());
                    c.setCellStyle(money);
                    width = 14;
                } else if (v instanceof Integer || v instanceof Long) {
                    c.setCellValue(((Number) v).doubleValue());
                    width = String.valueOf(v).length();
                } else if (v instanceof Double d) {
                    c.setCellValue(d);
                    c.setCellStyle(Math.abs(d) >= 1000 ? money : decimal);
                    width = Math.abs(d) >= 1000 ? String.format("%,.0f", d).length() : 8;
                } else {
                    String str = cellText(String.valueOf(v));
                    c.setCellValue(str);
                    width = str.length();
                }
                widths[i] = Math.max(widths[i], width);
            }
        }

        void finish() {
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > 0) {
                    sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARS) + 2) * 256);
                }
            }
        }
    }
}
