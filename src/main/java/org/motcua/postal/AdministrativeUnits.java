package org.motcua.postal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The province's communes, read once from the unit list ({@code motcua.postal.units}: a CSV in the shape
 * of the official list, {@code province_code,province_name,commune_code,commune_name,level}). An address
 * is accepted only in one of these communes.
 */
@Component
class AdministrativeUnits {

    static final int STREET_MAX = 300;

    private final Province province;

    AdministrativeUnits(PostalSettings settings) {
        this.province = read(settings.units());
    }

    Province province() {
        return province;
    }

    Optional<Commune> commune(String code) {
        return province.communes().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The address, checked: the province must be this one and the commune one of its communes, the street
     * and house number given. Refused with field errors naming what is wrong (422 outside the province).
     */
    PostalAddress address(String provinceCode, String communeCode, String street) {
        String p = Text.clean(provinceCode);
        String c = Text.clean(communeCode);
        String s = Text.clean(street);
        List<FieldError> problems = new ArrayList<>();
        if (s == null) {
            problems.add(new FieldError("street", "NotBlank", null));
        } else if (s.length() > STREET_MAX) {
            problems.add(new FieldError("street", "Size", null));
        }
        if (c == null) {
            problems.add(new FieldError("commune", "NotBlank", null));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        if (p != null && !p.equals(province.code())) {
            throw new DomainException(
                    "postal.outside_province",
                    org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
                    List.of(new FieldError("province", "OutsideProvince", null)),
                    province.name());
        }
        Commune commune = commune(c)
                .orElseThrow(() -> new DomainException(
                        "postal.outside_province",
                        org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
                        List.of(new FieldError("commune", "OutsideProvince", null)),
                        province.name()));
        return new PostalAddress(province.code(), province.name(), commune.code(), commune.name(), s);
    }

    /**
     * The structured address back from the text a dossier keeps ({@link PostalAddress#text()}): the last
     * two parts must be a commune of the province and the province. Empty for free text typed elsewhere
     * (the counter then asks for the commune).
     */
    Optional<PostalAddress> parse(String text) {
        String t = Text.clean(text);
        if (t == null) {
            return Optional.empty();
        }
        String[] parts = t.split("\\s*,\\s*");
        if (parts.length < 3 || !same(parts[parts.length - 1], province.name())) {
            return Optional.empty();
        }
        String communeName = parts[parts.length - 2];
        String street = String.join(", ", java.util.Arrays.copyOf(parts, parts.length - 2));
        return province.communes().stream()
                .filter(c -> same(c.name(), communeName))
                .findFirst()
                .filter(c -> !street.isBlank())
                .map(c -> new PostalAddress(province.code(), province.name(), c.code(), c.name(), street));
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static Province read(String location) {
        var resource = new DefaultResourceLoader().getResource(location);
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            List<Commune> communes = new ArrayList<>();
            String code = null;
            String name = null;
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setCommentMarker('#')
                    .get()
                    .parse(in)) {
                if (code == null) {
                    code = r.get("province_code").strip();
                    name = Text.clean(r.get("province_name"));
                } else if (!code.equals(r.get("province_code").strip())) {
                    throw new IllegalStateException("the unit list holds one province: " + location);
                }
                communes.add(new Commune(
                        r.get("commune_code").strip(), Text.clean(r.get("commune_name")), Text.clean(r.get("level"))));
            }
            if (code == null) {
                throw new IllegalStateException("the unit list is empty: " + location);
            }
            return new Province(code, name, communes);
        } catch (IOException e) {
            throw new UncheckedIOException("unit list not readable: " + location, e);
        }
    }
}
