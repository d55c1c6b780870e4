package nl.kringloop.passport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rule for the register's own member {@code calculatedMethods} in submitted documents. */
class PassportServiceTest {

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    static final JsonObject STORED = json("{\"product\":{\"name\":\"p\"},\"values\":{},\"calculatedMethods\":"
            + "{\"cpf\":{\"indicator\":\"CPF\",\"scorePercent\":70.0,\"plugin\":\"cpf\"}}}");

    @Test
    void aNewDocumentCarryingCalculatedMethodsIsRefusedNamingTheMember() {
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> PassportService.refuseRegisterMembers(STORED, "", null));
        assertThat(ProblemMapper.problem(e).status()).isEqualTo(400);
        assertThat(ProblemMapper.problem(e).field()).isEqualTo("calculatedMethods");
        // null is the same as absent
        assertThatCode(() -> PassportService.refuseRegisterMembers(json("{\"calculatedMethods\":null}"), "", null))
                .doesNotThrowAnyException();
    }

    @Test
    void anEditMaySendBackWhatTheRegisterStoredInAnyNumberFormatButNothingElse() {
        // 70 and 70.0 are one number: a browser sends back 70 for the stored 70.0
        JsonObject sentBack = json("{\"calculatedMethods\":{\"cpf\":{\"plugin\":\"cpf\",\"scorePercent\":70,"
                + "\"indicator\":\"CPF\"}}}");
        assertThatCode(() -> PassportService.refuseRegisterMembers(sentBack, "", STORED)).doesNotThrowAnyException();
        JsonObject raised = json("{\"calculatedMethods\":{\"cpf\":{\"plugin\":\"cpf\",\"scorePercent\":99,"
                + "\"indicator\":\"CPF\"}}}");
        assertThat(catchThrowableOfType(DomainException.class,
                () -> PassportService.refuseRegisterMembers(raised, "", STORED)).field())
                .isEqualTo("calculatedMethods");
        JsonObject added = json("{\"calculatedMethods\":{\"cpf\":{\"plugin\":\"cpf\",\"scorePercent\":70,"
                + "\"indicator\":\"CPF\"},\"emf-mci\":{\"mci\":1}}}");
        assertThat(catchThrowableOfType(DomainException.class,
                () -> PassportService.refuseRegisterMembers(added, "", STORED))).isNotNull();
    }
}
