package org.motcua.documents;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.motcua.documents.DossierForm.Fee;
import org.motcua.documents.DossierForm.HandOver;
import org.motcua.documents.DossierForm.Issuer;
import org.motcua.documents.DossierForm.Paper;
import org.motcua.documents.DossierForm.Party;
import org.motcua.documents.DossierForm.Signer;
import org.motcua.documents.DossierForm.Timeliness;

/** Forms of one dossier of the demo province, with every field filled. */
final class FormFixtures {

    static final String CODE = "000.00.01.H41-260315-0007";
    static final String BASE_URL = "https://dichvucong.honglam.gov.vn";
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 5, 9, 30);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 3, 12, 9, 30);
    static final LocalDateTime NEW_DUE = LocalDateTime.of(2026, 3, 19, 16, 0);
    static final Issuer ISSUER =
            new Issuer("UBND tỉnh Hồng Lam", "Trung tâm Phục vụ hành chính công tỉnh", "Hồng Lam", "0239 3 888 888");

    private FormFixtures() {}

    static Forms forms(Path storage) {
        return new Forms(new PdfRenderer(), new FileStore(new LocalFileStorage(storage)), BASE_URL);
    }

    static DossierForm form(FormKind kind, Circular circular) {
        return new DossierForm(
                kind,
                circular,
                ISSUER,
                CODE,
                new Party(
                        "Nguyễn Thị Hoà",
                        "001190012345",
                        "Số 12 đường Lê Lợi, phường Đông Thành, tỉnh Hồng Lam",
                        "0912345678",
                        "hoa.nguyen@example.vn"),
                "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                List.of(
                        new Paper("Đơn đề nghị cấp giấy phép xây dựng", "Bản chính", 1),
                        new Paper("Giấy chứng nhận quyền sử dụng đất", "Bản sao chứng thực", 2)),
                1,
                "15 ngày làm việc",
                RECEIVED,
                kind == FormKind.APOLOGY ? NEW_DUE : DUE,
                "Trung tâm Phục vụ hành chính công tỉnh, quầy số 3",
                List.of(new Fee("Lệ phí cấp giấy phép xây dựng", 1_250_000L, null)),
                "Quyển số 2026, số thứ tự 0007",
                kind == FormKind.RECEIPT ? RECEIVED : LocalDateTime.of(2026, 3, 10, 14, 5),
                "Trần Văn Bình",
                new Signer("GIÁM ĐỐC", "Lê Minh Châu"),
                switch (kind) {
                    case SUPPLEMENT_REQUEST -> "Bản vẽ thiết kế thiếu mặt cắt; bổ sung bản vẽ mặt cắt công trình.";
                    case REFUSAL -> "Thủ tục không thuộc thẩm quyền giải quyết của tỉnh.";
                    case APOLOGY -> "Cần lấy ý kiến Sở Xây dựng về chỉ giới xây dựng.";
                    case STOP_NOTICE -> "Ông/Bà có đơn xin rút hồ sơ.";
                    default -> null;
                },
                kind == FormKind.APOLOGY ? DUE : null,
                List.of(
                        new HandOver(
                                "Trung tâm Phục vụ hành chính công tỉnh",
                                "Trần Văn Bình",
                                "Phòng Quản lý xây dựng",
                                "Phạm Thu Dung",
                                LocalDateTime.of(2026, 3, 5, 10, 0),
                                LocalDateTime.of(2026, 3, 5, 17, 0),
                                Timeliness.ON_TIME,
                                null),
                        new HandOver(
                                "Phòng Quản lý xây dựng",
                                "Phạm Thu Dung",
                                "Lãnh đạo Sở Xây dựng",
                                "Lê Minh Châu",
                                LocalDateTime.of(2026, 3, 13, 8, 0),
                                LocalDateTime.of(2026, 3, 11, 17, 0),
                                Timeliness.LATE,
                                "Chờ liên thông")));
    }
}
