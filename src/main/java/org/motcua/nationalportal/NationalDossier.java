package org.motcua.nationalportal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A dossier submitted on the national portal, in the portal's own field names (the call-in body, and one
 * entry of the fetch service's {@code result}).
 */
public record NationalDossier(
        @JsonProperty("MaHoSo") String nationalCode,
        @JsonProperty("MaTTHC") String procedureCode,
        @JsonProperty("ChuHoSo") String applicantName,
        @JsonProperty("LoaiDoiTuong") String applicantKind,
        @JsonProperty("SoDinhDanh") String idNumber,
        @JsonProperty("NgaySinh") String dateOfBirth,
        @JsonProperty("MaSoThue") String taxCode,
        @JsonProperty("SoDienThoai") String phone,
        @JsonProperty("Email") String email,
        @JsonProperty("DiaChi") String address,
        @JsonProperty("TrichYeuHoSo") String summary,
        @JsonProperty("NgayNop") String submittedAt,
        @JsonProperty("TaiLieuNop") List<File> files) {

    /** A file handed in on the portal: its name and content (base64). */
    public record File(
            @JsonProperty("TenTepDinhKem") String name,
            @JsonProperty("Base64") String base64) {}
}
