package org.motcua.catalog.importing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.motcua.catalog.StepRole;
import org.motcua.catalog.WorkflowStepRow;

/** Sheet {@code QuyTrinh}: internal workflow steps, one step per row. */
public final class WorkflowSheet implements SheetCodec<WorkflowStepRow> {

    public static final String SHEET = "QuyTrinh";

    static final Column PROCEDURE = Column.requiredText("procedureCode", "Mã thủ tục");
    static final Column ORDER = Column.number("order", "Bước", true);
    static final Column NAME = Column.requiredText("name", "Tên bước");
    static final Column AGENCY = Column.requiredText("responsibleAgencyCode", "Mã đơn vị thực hiện");
    static final Column ROLE = Column.choice("role", "Vai trò", true, StepRole.class);
    // required whenever the procedure has a time limit; checked with the procedure (CatalogRules)
    static final Column BUDGET = Column.number("budgetDays", "Thời gian (ngày làm việc)", false);
    static final Column NEXT = Column.text("nextSteps", "Bước tiếp theo");
    static final Column BACK = Column.text("backSteps", "Bước được trả về");

    private static final List<Column> COLUMNS = List.of(PROCEDURE, ORDER, NAME, AGENCY, ROLE, BUDGET, NEXT, BACK);

    @Override
    public String sheetName() {
        return SHEET;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public WorkflowStepRow read(RowReader r) {
        String procedure = r.text(PROCEDURE);
        int order = r.integer(ORDER, 1);
        String name = r.text(NAME);
        String agency = r.text(AGENCY);
        StepRole role = r.choice(ROLE, StepRole.class);
        BigDecimal budget = r.decimal(BUDGET);
        if (budget != null && budget.signum() < 0) {
            r.negative(BUDGET, Cells.plain(budget));
        }
        return new WorkflowStepRow(procedure, order, name, agency, role, budget, r.integers(NEXT), r.integers(BACK));
    }

    @Override
    public List<Object> write(WorkflowStepRow s) {
        return Arrays.asList(
                s.procedureCode(),
                s.order(),
                s.name(),
                s.responsibleAgencyCode(),
                s.role(),
                s.budgetDays(),
                Cells.joinList(s.nextSteps()),
                Cells.joinList(s.backSteps()));
    }
}
