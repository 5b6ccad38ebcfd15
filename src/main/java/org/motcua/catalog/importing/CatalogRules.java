package org.motcua.catalog.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.motcua.catalog.AgencyRow;
import org.motcua.catalog.FeeRow;
import org.motcua.catalog.FieldRow;
import org.motcua.catalog.ProcedureRow;
import org.motcua.catalog.RequiredDocumentRow;
import org.motcua.catalog.WorkflowStepRow;

/**
 * Rules that span rows or sheets: uniqueness, references, the agency tree, workflow budgets.
 * Rules that need one cell or one row live in the sheet codecs.
 *
 * <p>References must resolve inside the imported file; null values (cells already reported as
 * missing or malformed) are skipped so that one mistake is reported once.
 */
final class CatalogRules {

    private final Problems problems;

    CatalogRules(Problems problems) {
        this.problems = problems;
    }

    void check(
            List<Located<AgencyRow>> agencies,
            List<Located<FieldRow>> fields,
            List<Located<ProcedureRow>> procedures,
            List<Located<RequiredDocumentRow>> documents,
            List<Located<FeeRow>> fees,
            List<Located<WorkflowStepRow>> steps) {
        Map<String, Located<AgencyRow>> agencyByCode =
                unique(agencies, AgencySheet.SHEET, AgencySheet.CODE, AgencyRow::code);
        Set<String> fieldCodes = unique(fields, FieldSheet.SHEET, FieldSheet.CODE, FieldRow::code)
                .keySet();
        Map<String, Located<ProcedureRow>> procedureByCode =
                unique(procedures, ProcedureSheet.SHEET, ProcedureSheet.CODE, ProcedureRow::code);
        // a national procedure is published once per competent agency
        unique(
                procedures,
                ProcedureSheet.SHEET,
                ProcedureSheet.NATIONAL,
                p -> p.nationalCode() == null ? null : p.nationalCode() + " @ " + p.competentAgencyCode());

        checkAgencyTree(agencies, agencyByCode);
        Set<String> agencyCodes = agencyByCode.keySet();
        for (Located<ProcedureRow> located : procedures) {
            ProcedureRow p = located.value();
            String sheet = ProcedureSheet.SHEET;
            int row = located.rowNumber();
            reference(sheet, row, ProcedureSheet.FIELD, p.fieldCode(), fieldCodes, "lĩnh vực", "field");
            reference(sheet, row, ProcedureSheet.AGENCY, p.competentAgencyCode(), agencyCodes, "cơ quan", "agency");
            p.receivingCenterCodes()
                    .forEach(c -> reference(sheet, row, ProcedureSheet.CENTERS, c, agencyCodes, "cơ quan", "agency"));
            p.lienThongPartnerCodes()
                    .forEach(c -> reference(sheet, row, ProcedureSheet.PARTNERS, c, agencyCodes, "cơ quan", "agency"));
        }
        Set<String> procedureCodes = procedureByCode.keySet();
        for (Located<RequiredDocumentRow> d : documents) {
            reference(
                    DocumentSheet.SHEET,
                    d.rowNumber(),
                    DocumentSheet.PROCEDURE,
                    d.value().procedureCode(),
                    procedureCodes,
                    "thủ tục",
                    "procedure");
        }
        unique(
                documents,
                DocumentSheet.SHEET,
                DocumentSheet.ORDER,
                d -> d.procedureCode() == null || d.order() < 1 ? null : d.procedureCode() + " #" + d.order());
        for (Located<FeeRow> f : fees) {
            reference(
                    FeeSheet.SHEET,
                    f.rowNumber(),
                    FeeSheet.PROCEDURE,
                    f.value().procedureCode(),
                    procedureCodes,
                    "thủ tục",
                    "procedure");
        }
        checkWorkflows(steps, procedureByCode, agencyCodes);
    }

    /** Reports every repeated key at the repeating row; returns the first row of each key. */
    private <R> Map<String, Located<R>> unique(
            List<Located<R>> rows, String sheet, Column column, Function<R, String> key) {
        Map<String, Located<R>> first = new LinkedHashMap<>();
        for (Located<R> row : rows) {
            String k = key.apply(row.value());
            if (k == null) {
                continue;
            }
            Located<R> earlier = first.putIfAbsent(k, row);
            if (earlier != null) {
                problems.duplicate(sheet, row.rowNumber(), column.header(), k, earlier.rowNumber());
            }
        }
        return first;
    }

    private void reference(
            String sheet, int row, Column column, String code, Set<String> known, String targetVi, String targetEn) {
        if (code != null && !known.contains(code)) {
            problems.unknownReference(sheet, row, column.header(), code, targetVi, targetEn);
        }
    }

    private void checkAgencyTree(List<Located<AgencyRow>> agencies, Map<String, Located<AgencyRow>> byCode) {
        Set<String> onCycle = new HashSet<>();
        for (Located<AgencyRow> located : agencies) {
            AgencyRow agency = located.value();
            String parent = agency.parentCode();
            reference(
                    AgencySheet.SHEET,
                    located.rowNumber(),
                    AgencySheet.PARENT,
                    parent,
                    byCode.keySet(),
                    "cơ quan cấp trên",
                    "parent agency");
            List<String> path = new ArrayList<>();
            String current = agency.code();
            // walk up; meeting the start again means this agency sits on a cycle
            while (current != null && byCode.containsKey(current) && !path.contains(current)) {
                path.add(current);
                current = byCode.get(current).value().parentCode();
            }
            if (current != null && current.equals(agency.code()) && onCycle.add(current)) {
                path.add(current);
                problems.agencyCycle(AgencySheet.SHEET, located.rowNumber(), AgencySheet.PARENT.header(), path);
            }
        }
    }

    private void checkWorkflows(
            List<Located<WorkflowStepRow>> steps,
            Map<String, Located<ProcedureRow>> procedures,
            Set<String> agencyCodes) {
        Map<String, List<Located<WorkflowStepRow>>> byProcedure = new LinkedHashMap<>();
        for (Located<WorkflowStepRow> located : steps) {
            WorkflowStepRow step = located.value();
            reference(
                    WorkflowSheet.SHEET,
                    located.rowNumber(),
                    WorkflowSheet.PROCEDURE,
                    step.procedureCode(),
                    procedures.keySet(),
                    "thủ tục",
                    "procedure");
            reference(
                    WorkflowSheet.SHEET,
                    located.rowNumber(),
                    WorkflowSheet.AGENCY,
                    step.responsibleAgencyCode(),
                    agencyCodes,
                    "đơn vị",
                    "unit");
            if (step.procedureCode() != null) {
                byProcedure
                        .computeIfAbsent(step.procedureCode(), k -> new ArrayList<>())
                        .add(located);
            }
        }
        byProcedure.forEach((code, workflow) -> {
            checkStepLinks(workflow);
            Located<ProcedureRow> procedure = procedures.get(code);
            if (procedure != null && procedure.value().processingTime() != null) {
                checkBudgets(procedure.value(), workflow);
            }
        });
    }

    private void checkStepLinks(List<Located<WorkflowStepRow>> workflow) {
        Map<Integer, Located<WorkflowStepRow>> byOrder = new HashMap<>();
        for (Located<WorkflowStepRow> step : workflow) {
            int order = step.value().order();
            if (order >= 1 && byOrder.putIfAbsent(order, step) != null) {
                problems.duplicate(
                        WorkflowSheet.SHEET,
                        step.rowNumber(),
                        WorkflowSheet.ORDER.header(),
                        step.value().procedureCode() + " #" + order,
                        byOrder.get(order).rowNumber());
            }
        }
        for (Located<WorkflowStepRow> step : workflow) {
            for (Integer next : step.value().nextSteps()) {
                reference(
                        WorkflowSheet.SHEET,
                        step.rowNumber(),
                        WorkflowSheet.NEXT,
                        String.valueOf(next),
                        stepNumbers(byOrder),
                        "bước",
                        "step");
            }
            for (Integer back : step.value().backSteps()) {
                reference(
                        WorkflowSheet.SHEET,
                        step.rowNumber(),
                        WorkflowSheet.BACK,
                        String.valueOf(back),
                        stepNumbers(byOrder),
                        "bước",
                        "step");
            }
        }
    }

    private static Set<String> stepNumbers(Map<Integer, ?> byOrder) {
        Set<String> numbers = new HashSet<>();
        byOrder.keySet().forEach(n -> numbers.add(String.valueOf(n)));
        return numbers;
    }

    /** Every step has a budget, and the budgets add up to the legal time (see ProcessingTime). */
    private void checkBudgets(ProcedureRow procedure, List<Located<WorkflowStepRow>> workflow) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (Located<WorkflowStepRow> step : workflow) {
            BigDecimal budget = step.value().budgetDays();
            if (budget == null || budget.signum() < 0) {
                if (budget == null) {
                    problems.missingValue(WorkflowSheet.SHEET, step.rowNumber(), WorkflowSheet.BUDGET.header());
                }
                complete = false; // a negative budget is reported by the sheet; no second problem for the sum
            } else {
                sum = sum.add(budget);
            }
        }
        BigDecimal expected = procedure.processingTime().workflowBudgetDays();
        if (complete && sum.compareTo(expected) != 0) {
            Located<WorkflowStepRow> first = workflow.getFirst();
            String time = Cells.plain(procedure.processingTime().amount()) + " "
                    + procedure.processingTime().unit();
            problems.budgetMismatch(
                    WorkflowSheet.SHEET,
                    first.rowNumber(),
                    WorkflowSheet.BUDGET.header(),
                    Objects.requireNonNull(procedure.code()),
                    sum,
                    expected,
                    time);
        }
    }
}
