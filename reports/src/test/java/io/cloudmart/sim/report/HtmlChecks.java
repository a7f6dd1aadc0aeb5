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

    private static List<String> all(Pattern pattern, String text) {
        List<String> result = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }
}
