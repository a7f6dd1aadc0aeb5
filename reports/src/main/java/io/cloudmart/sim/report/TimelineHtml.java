package io.cloudmart.sim.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML of a {@link Timeline}, with the one script of a report page and its style.
 *
 * <p>Each entry is a {@code <button>}, so it is reached with Tab and pressed with Enter or Space, with its moment in
 * {@code data-from} and {@code data-to} in the charts' x unit. The script draws a translucent rectangle over every
 * chart whose {@code data-x-label} equals the timeline's, at the x the chart's {@link XAxisMapping} attributes give,
 * in the SVG's own coordinates; pressing the entry again clears it. A status line tells a screen reader what was
 * highlighted. The script fetches nothing, and the page's Content-Security-Policy allows it by its hash alone
 * (see {@link ContentSecurityPolicy#withScript}), so it stays the only script that can run.
 *
 * <p>With {@code #selfcheck} at the end of the page's URL the script presses the first entry at once and writes the
 * outcome into a {@code <p id="selfcheck">} at the top of the timeline (where the URL's fragment then scrolls, so a
 * screenshot shows the list and the charts below it), for a headless browser to read from the DOM
 * ({@code scripts/check-pages}); without it the script does nothing until a reader presses an entry.
 */
final class TimelineHtml {

    /** The script, written between {@code <script>} and {@code </script>} exactly as is, for its hash to match. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var NS = 'http://www.w3.org/2000/svg';
              function num(el, name) { return parseFloat(el.getAttribute(name)); }
              function clear() {
                document.querySelectorAll('.tl-mark').forEach(function (m) { m.parentNode.removeChild(m); });
                document.querySelectorAll('.tl-entry[aria-pressed="true"]').forEach(function (b) {
                  b.setAttribute('aria-pressed', 'false');
                });
              }
              function highlight(button) {
                var timeline = button.closest('.timeline');
                var label = timeline.getAttribute('data-x-label');
                var from = num(button, 'data-from'), to = num(button, 'data-to'), drawn = 0;
                clear();
                button.setAttribute('aria-pressed', 'true');
                document.querySelectorAll('svg[data-x-label]').forEach(function (svg) {
                  if (svg.getAttribute('data-x-label') !== label) { return; }
                  var x0 = num(svg, 'data-x-from'), x1 = num(svg, 'data-x-to');
                  var left = num(svg, 'data-plot-left'), right = num(svg, 'data-plot-right');
                  var top = num(svg, 'data-plot-top'), bottom = num(svg, 'data-plot-bottom');
                  if (!(x1 > x0) || to < x0 || from > x1) { return; }
                  var a = left + (Math.max(from, x0) - x0) / (x1 - x0) * (right - left);
                  var b = left + (Math.min(to, x1) - x0) / (x1 - x0) * (right - left);
                  if (b - a < 3) { a = (a + b) / 2 - 1.5; b = a + 3; }
                  var rect = document.createElementNS(NS, 'rect');
                  rect.setAttribute('class', 'tl-mark');
                  rect.setAttribute('x', a.toFixed(2));
                  rect.setAttribute('y', top.toFixed(2));
                  rect.setAttribute('width', (b - a).toFixed(2));
                  rect.setAttribute('height', (bottom - top).toFixed(2));
                  svg.appendChild(rect);
                  drawn++;
                });
                timeline.querySelector('.tl-status').textContent = drawn === 0
                  ? 'No chart covers this moment.'
                  : 'Highlighted ' + button.querySelector('.tl-when').textContent + ' on ' + drawn
                    + (drawn === 1 ? ' chart.' : ' charts.');
                return drawn;
              }
              document.querySelectorAll('.tl-entry').forEach(function (button) {
                button.addEventListener('click', function () {
                  if (button.getAttribute('aria-pressed') === 'true') {
                    clear();
                    button.closest('.timeline').querySelector('.tl-status').textContent = '';
                  } else {
                    highlight(button);
                  }
                });
              });
              if (location.hash === '#selfcheck') {
                var out = document.createElement('p');
                var first = document.querySelector('.tl-entry');
                out.id = 'selfcheck';
                if (!first) {
                  out.textContent = 'selfcheck none: no timeline entry';
                } else {
                  first.click();
                  var marks = document.querySelectorAll('svg .tl-mark').length;
                  out.textContent = marks > 0 ? 'selfcheck ok: the first entry highlighted ' + marks + ' charts'
                    : 'selfcheck failed: the first entry highlighted nothing';
                }
                var where = first ? first.closest('.timeline') : document.querySelector('main');
                where.insertBefore(out, where.firstChild);
              }
            })();
            """;

    /** The CSP source that allows {@link #SCRIPT} and nothing else: its SHA-256 in base64. */
    static final String SCRIPT_SOURCE = "'sha256-" + sha256(SCRIPT) + "'";

    /** Rules for the timeline, appended only to pages that have one, as {@link PageStyle#BANNER_CSS} is. */
    static final String CSS = """
            .timeline{margin:1.4rem 0}
            .timeline .tl-title{font-weight:600;margin:0 0 .45rem}
            .timeline ol{list-style:none;margin:0;padding:0;max-height:30rem;overflow-y:auto;\
            border:1px solid #dde1e6;border-radius:6px}
            .timeline li+li{border-top:1px solid #e4e7eb}
            .tl-entry{display:flex;gap:12px;width:100%;padding:6px 12px;border:0;background:none;\
            font:inherit;font-size:.92rem;text-align:left;color:inherit;cursor:pointer}
            .tl-entry:hover{background:#f4f6f8}
            .tl-entry:focus-visible{outline:2px solid #0072b2;outline-offset:-2px}
            .tl-entry[aria-pressed=true]{background:#fff3c4}
            .tl-when{flex:0 0 9.5rem;font-variant-numeric:tabular-nums;color:#3d444d}
            .tl-kind{flex:0 0 6.5rem;font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;\
            color:#59636e;padding-top:.15rem}
            .tl-status{min-height:1.4em;font-size:.82rem;color:#59636e;margin:.45rem 0 0}
            .tl-mark{fill:#bf8700;fill-opacity:.28;stroke:#9a6700;stroke-width:1;pointer-events:none}
            @media print{.timeline ol{max-height:none;overflow:visible}.tl-status{display:none}}
            """;

    private TimelineHtml() {
    }

    static String render(Timeline timeline) {
        StringBuilder out = new StringBuilder(256 + 200 * timeline.entries().size());
        out.append("<div class=\"timeline\" data-x-label=\"").append(Html.escape(timeline.xLabel())).append("\">\n");
        out.append("<p class=\"tl-title\">").append(Html.escape(timeline.title())).append("</p>\n<ol>\n");
        for (Timeline.Entry entry : timeline.entries()) {
            out.append("<li><button type=\"button\" class=\"tl-entry\" aria-pressed=\"false\" data-from=\"")
                    .append(value(entry.from())).append("\" data-to=\"").append(value(entry.to())).append("\">")
                    .append("<span class=\"tl-when\">").append(Html.escape(entry.when())).append("</span>")
                    .append("<span class=\"tl-kind\">").append(Html.escape(entry.kind())).append("</span>")
                    .append("<span class=\"tl-text\">").append(Html.escape(entry.text())).append("</span>")
                    .append("</button></li>\n");
        }
        out.append("</ol>\n<p class=\"tl-status\" role=\"status\" aria-live=\"polite\"></p>\n");
        for (String paragraph : Html.paragraphs(timeline.note())) {
            out.append("<p class=\"note\">").append(paragraph).append("</p>\n");
        }
        return out.append("</div>\n").toString();
    }

    /** An x value exactly, as {@link XAxisMapping} writes the axis's ends, so the script compares like with like. */
    private static String value(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
