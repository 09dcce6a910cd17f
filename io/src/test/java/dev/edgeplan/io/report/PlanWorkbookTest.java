package dev.edgeplan.io.report;

import dev.edgeplan.core.commissioning.PhaseCommissioning;
import dev.edgeplan.core.finance.CashFlowYear;
import dev.edgeplan.core.finance.metrics.CashFlowMetrics;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.SitePlan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The workbook re-opened with POI, every formula evaluated, against the plan's own numbers. */
class PlanWorkbookTest {

    private final Plan plan = ReportPlans.plan();

    @Test
    void everySheetExistsInOrderWithAFrozenHeader() throws IOException {
        try (XSSFWorkbook book = open(PlanWorkbook.write(plan))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(PlanWorkbook.SHEETS);
            for (Sheet s : book) {
                assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
            }
            assertThat(book.getSheet("cash flow").getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) PlanWorkbook.CASH_HEADER_ROW);
            assertThat(book.getSheet("sites").getRow(0).getCell(4).getStringCellValue()).isEqualTo("power available (MW)");
        }
    }

    @Test
    void evaluatedCashFlowFormulasEqualThePlan() throws IOException {
        try (XSSFWorkbook book = open(PlanWorkbook.write(plan))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            Sheet cash = book.getSheet("cash flow");
            assertClose(value(evaluator, cash, PlanWorkbook.NPV_ROW, 1), plan.economics().npvUsd());
            assertClose(value(evaluator, cash, 3, 1), plan.economics().npvUsd());
            double netTotal = plan.sites().stream().flatMap(s -> s.finance().cashFlow().stream())
                    .mapToDouble(CashFlowYear::netUsd).sum();
            assertClose(value(evaluator, cash, 4, 1), netTotal);

            int row = PlanWorkbook.CASH_HEADER_ROW + 1;
            for (SitePlan site : plan.sites()) {
                for (CashFlowYear y : site.finance().cashFlow()) {
                    assertThat(cash.getRow(row - 1).getCell(0).getStringCellValue()).isEqualTo(site.id());
                    assertThat(cash.getRow(row - 1).getCell(12).getCellType()).isEqualTo(CellType.FORMULA);
                    assertClose(value(evaluator, cash, row, 12), y.ebitdaUsd());
                    assertClose(value(evaluator, cash, row, 14), y.netUsd());
                    assertClose(value(evaluator, cash, row, 15), y.cumulativeUsd());
                    assertClose(value(evaluator, cash, row, 16), y.discountedUsd());
                    row++;
                }
            }
            // per-site totals and NPV, found by their site id below the year rows
            for (SitePlan site : plan.sites()) {
                int r = rowOf(cash, site.id(), row);
                assertClose(value(evaluator, cash, r, 1), site.finance().constructionCapexUsd());
                assertClose(value(evaluator, cash, r, 2), site.finance().itCapexUsd());
                assertClose(value(evaluator, cash, r, 5), site.finance().npvUsd());
            }
            int total = rowOf(cash, "total", row);
            assertClose(value(evaluator, cash, total, 1), plan.summary().capexUsd());
            int period0 = rowOf(cash, "period t (years)", row) + 1;
            double[] flows = plan.economics().flowsUsd();
            for (int t = 0; t < flows.length; t++) {
                assertClose(value(evaluator, cash, period0 + t, 1), flows[t]);
            }
            // the summary and sites sheets point at the live NPV
            assertClose(value(evaluator, book.getSheet("summary"), rowOf(book.getSheet("summary"),
                    "NPV (live, 'cash flow' sheet)", 1), 1), plan.economics().npvUsd());
            assertClose(value(evaluator, book.getSheet("sites"), 2, 16), plan.sites().get(0).finance().npvUsd());
        }
    }

    @Test
    void formulasCarryCachedResultsForReadersWithoutACalculationEngine() throws IOException {
        try (XSSFWorkbook book = open(PlanWorkbook.write(plan))) {
            Cell npv = book.getSheet("cash flow").getRow(PlanWorkbook.NPV_ROW - 1).getCell(1);
            assertThat(npv.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(npv.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertClose(npv.getNumericCellValue(), plan.economics().npvUsd());
        }
    }

    @Test
    void changingTheDiscountRateCellRepricesTheNpv() throws IOException {
        try (XSSFWorkbook book = open(PlanWorkbook.write(plan))) {
            Sheet cash = book.getSheet("cash flow");
            assertThat(cash.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(PlanFixture.DISCOUNT_RATE_PCT);
            cash.getRow(0).getCell(1).setCellValue(12.0);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            double expected = CashFlowMetrics.npvUsd(plan.economics().flowsUsd(), 0.12);
            assertThat(expected).isNotCloseTo(plan.economics().npvUsd(), within(1.0));
            assertClose(value(evaluator, cash, PlanWorkbook.NPV_ROW, 1), expected);
            assertClose(value(evaluator, cash, 3, 1), expected);
        }
    }

    @Test
    void commissioningSheetHasEveryTestWithADoneColumn() throws IOException {
        try (XSSFWorkbook book = open(PlanWorkbook.write(plan))) {
            Sheet cx = book.getSheet("commissioning");
            int tests = plan.sites().stream().flatMap(s -> s.commissioning().phases().stream())
                    .mapToInt(PhaseCommissioning::testCount).sum();
            assertThat(tests).isPositive();
            assertThat(cx.getLastRowNum()).isEqualTo(tests);
            Row head = cx.getRow(0);
            assertThat(head.getCell(head.getLastCellNum() - 1).getStringCellValue()).startsWith("done");
            assertThat(cx.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(book.getSheet("assumptions").getLastRowNum()).isEqualTo(plan.assumptions().size());
        }
    }

    @Test
    void samePlanSameBytesWithFixedDates() throws IOException {
        byte[] a = PlanWorkbook.write(plan);
        byte[] b = PlanWorkbook.write(plan);
        assertThat(a).isEqualTo(b);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(a))) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(PlanWorkbook.ENTRY_TIME);
                entries++;
            }
            assertThat(entries).isGreaterThan(PlanWorkbook.SHEETS.size());
        }
        try (XSSFWorkbook book = open(a)) {
            assertThat(book.getProperties().getCoreProperties().getCreated()).isEqualTo(PlanWorkbook.CREATED);
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutAndMarked() throws IOException {
        String name = "x".repeat(40_000);
        Plan longName = ReportPlans.plan(PlanFixture.builder().scenarioName(name).build());
        try (XSSFWorkbook book = open(PlanWorkbook.write(longName))) {
            String cell = book.getSheet("summary").getRow(1).getCell(1).getStringCellValue();
            assertThat(cell).hasSize(32_767).startsWith("xxxx").endsWith(PlanWorkbook.TRUNCATED);
        }
        assertThat(PlanWorkbook.cellText("short")).isEqualTo("short");
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** Evaluated value of the cell at 1-based {@code row}, 0-based {@code column}. */
    private static double value(FormulaEvaluator evaluator, Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row - 1).getCell(column);
        assertThat(cell).as(sheet.getSheetName() + " row " + row + " column " + column).isNotNull();
        return evaluator.evaluate(cell).getNumberValue();
    }

    /** 1-based row whose first cell reads {@code label}, searching from 1-based {@code from}. */
    private static int rowOf(Sheet sheet, String label, int from) {
        for (int r = from - 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return r + 1;
            }
        }
        throw new AssertionError("no row '" + label + "' in " + sheet.getSheetName());
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-6 * Math.max(1.0, Math.abs(expected))));
    }
}
