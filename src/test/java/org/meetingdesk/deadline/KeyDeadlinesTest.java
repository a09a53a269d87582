package org.meetingdesk.deadline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meetingdesk.support.Api.anonymous;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class KeyDeadlinesTest {

    @Test
    void englishBlockForTheSg13Seed() {
        String text = anonymous().get("/keyDeadlines?meeting=SG13-2020-12-07&lang=en").then().statusCode(200)
                .body("entries.date", contains("2020-10-07", "2020-11-07", "2020-11-24")).extract().path("text");
        assertEquals("""
                Key deadlines:
                7 October 2020\t– Submit ITU-T Member contributions for which translation is requested
                7 November 2020\t– Registration (via the online registration form on the study group home page at www.itu.int/go/tsg13)
                24 November 2020\t– Submit ITU-T Member contributions (via Direct Document Posting)""", text);
    }

    @Test
    void chineseBlockReadsLikeTheLetter() {
        String text = anonymous().get("/keyDeadlines?meeting=SG13-2020-12-07&lang=zh").then().statusCode(200)
                .extract().path("text");
        assertEquals("""
                重要截止日期：
                2020年10月7日
                –\t提交需要翻译的ITU-T成员文稿
                2020年11月7日
                –\t注册（通过研究组主页www.itu.int/go/tsg13上的在线注册表进行）
                2020年11月24日
                –\t提交ITU-T成员文稿（通过文件直传系统）""", text);
    }

    @Test
    void severalKindsOnOneDateShareItsLine() {
        Deadline reg = DeadlineRules.schedule(LocalDate.parse("2030-03-18"), new Offers(true, true, true),
                DeadlineRules.GENEVA, List.of()).get(3);
        KeyDeadlines.Block block = KeyDeadlines.render(
                DeadlineRules.schedule(LocalDate.parse("2030-03-18"), new Offers(true, true, true), DeadlineRules.GENEVA, List.of()),
                "en", null);
        assertEquals(DeadlineKind.REGISTRATION, reg.kind());
        assertEquals(4, block.entries().size(), "fellowship+interpretation share a date, registration+visa share one");
        assertEquals(List.of(DeadlineKind.FELLOWSHIP, DeadlineKind.INTERPRETATION), block.entries().get(1).kinds());
        assertEquals(true, block.text().contains("4 February 2030\t– Submit requests for fellowships\n\t– Submit requests for interpretation"));
    }

    @Test
    void planningAMeetingFromTheRulesAlone() {
        anonymous().get("/keyDeadlines?group=WP1/5&start=2031-05-31&lang=en&mode=ON_SITE&visaSupport=true").then()
                .statusCode(200)
                .body("entries.date", contains("2031-03-31", "2031-04-30", "2031-05-18"))
                .body("entries[1].kinds", contains("REGISTRATION", "VISA"));
        anonymous().get("/keyDeadlines?group=SG2&lang=en").then().statusCode(400).body("errors[0].field", equalTo("start"));
        anonymous().get("/keyDeadlines?group=SG2&start=2031-01-01&lang=de").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));
    }
}
