package io.cloudmart.sim.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Structural checks on rendered pages, shared by the tests. */
final class HtmlChecks {

    private static final Pattern TAG =
            Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\\s[^>]*?)?(/?)>");
    private static final Pattern ID = Pattern.compile("\\sid=['\"]([^'\"]*)['\"]");
    private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]*)\\)");
    private static final Pattern SVG = Pattern.compile("<svg[\\s>].*?</svg>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    /** One attribute of a start tag; group 1 is its name. Quoted values may hold any text. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    private static final Pattern EVENT_HANDLER = Pattern.compile("on[a-z]+", Pattern.CASE_INSENSITIVE);
    /** Attributes through which HTML or SVG loads, submits to or navigates to a URL. */
    private static final Pattern URL_ATTRIBUTE = Pattern.compile(
            "(?:xlink:)?href|src|srcset|action|formaction|data|poster|background|ping|manifest",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_LOAD =
            Pattern.compile("url\\(\\s*['\"]?(?!#)|@import", Pattern.CASE_INSENSITIVE);
    private static final Set<String> VOID =
            Set.of("meta", "br", "hr", "img", "input", "link", "col", "wbr", "area", "base", "source");

    private HtmlChecks() {}

    /** Returns problems with tag nesting, empty if every element is closed in order. */
    static List<String> nestingProblems(String html) {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = !m.group(3).isEmpty();
            if (closing) {
                String top = open.poll();
                if (!name.equals(top)) {
                    problems.add("</" + name + "> at " + m.start() + " closes <" + top + ">");
                }
            } else if (!selfClosing && !VOID.contains(name)) {
                open.push(name);
            }
        }
        if (!open.isEmpty()) {
            problems.add("unclosed: " + open);
        }
        return problems;
    }

    /** Returns every id attribute value in document order, duplicates included. */
    static List<String> ids(String html) {
        return all(ID, html);
    }

    /** Returns the targets of every {@code url(#...)} reference. */
    static List<String> urlRefs(String html) {
        return all(URL_REF, html);
    }

    /** Returns every inline svg element. */
    static List<String> svgs(String html) {
        List<String> result = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    /** Returns the content of every SVG text element, still escaped. */
    static List<String> texts(String svg) {
        return all(TEXT, svg);
    }

    /** Returns every start tag that has an {@code on...=} event handler attribute. */
    static List<String> tagsWithEventHandlers(String html) {
        return tagsMatching(EVENT_HANDLER, html);
    }

    /**
     * Returns every start tag with an attribute that loads or points to a URL, and every CSS
     * {@code url(...)} or {@code @import} that is not a reference into the page itself.
     */
    static List<String> externalReferences(String html) {
        List<String> result = tagsMatching(URL_ATTRIBUTE, html);
        Matcher css = CSS_LOAD.matcher(html);
        while (css.find()) {
            result.add(html.substring(css.start(), Math.min(html.length(), css.start() + 60)));
        }
        return result;
    }

    /**
     * Returns the start tags that have an attribute whose whole name matches {@code name}. Only
     * names count, so text inside an attribute value, such as an escaped chart title in an
     * aria-label, is never mistaken for an attribute.
     */
    private static List<String> tagsMatching(Pattern name, String html) {
        List<String> result = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = html.substring(tag.end(2), tag.end() - 1);
            if (tag.group(1).isEmpty()
                    && all(ATTRIBUTE, attributes).stream().anyMatch(n -> name.matcher(n).matches())) {
                result.add(tag.group());
            }
        }
        return result;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> result = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }
}
