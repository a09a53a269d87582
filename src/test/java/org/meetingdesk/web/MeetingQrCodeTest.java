package org.meetingdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.nayuki.qrcodegen.QrCode;

class MeetingQrCodeTest {

    @Test
    void linksToTheHashRouteOfTheMeeting() {
        assertEquals("https://desk.example/#/meeting/SG2-2020-09-07", MeetingQrCode.pageUrl("https://desk.example", "SG2-2020-09-07"));
        assertEquals("https://desk.example/#/meeting/SG2-2020-09-07", MeetingQrCode.pageUrl("https://desk.example/", "SG2-2020-09-07"));
    }

    @Test
    void drawsEveryDarkModuleInsideAQuietZone() {
        QrCode qr = QrCode.encodeText("https://desk.example/#/meeting/SG2-2020-09-07", QrCode.Ecc.MEDIUM);
        String svg = MeetingQrCode.svg(qr, 4);
        int size = qr.size + 8;
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\""), svg);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }
        assertEquals(dark, svg.split("h1v1h-1z", -1).length - 1);
        assertTrue(svg.contains("M4,4h1v1h-1z"), "finder pattern corner at the quiet-zone offset");
    }
}
