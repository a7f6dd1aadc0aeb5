package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;

/**
 * One {@code --variant "--set a=b --set c=d"} of {@code cmsim compare}: the baseline scenario with these overrides.
 * The text is read as a shell would split it (blanks separate words; single or double quotes keep blanks inside a
 * word, as in {@code --set 'services.api.endpoints.get.work=constant(value=8s)'}), and must be {@code --set
 * path=value} pairs ({@code --set=path=value} too). Whether a path and value fit the scenario is the loader's to say,
 * when the variant is loaded before anything runs.
 *
 * @param label     the text as typed, stripped: the variant's name in tables, files and the page
 * @param overrides the {@code path=value} strings in order, applied after the command's own {@code --set}s
 */
record Variant(String label, List<String> overrides) {
    private static final String SET = "--set";

    Variant {
        overrides = List.copyOf(overrides);
    }

    static Variant parse(String typed) throws ScenarioException {
        List<String> words = words(typed);
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String value;
            if (word.startsWith(SET + "=")) {
                value = word.substring(SET.length() + 1);
            } else if (word.equals(SET) && i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw bad(typed, word.equals(SET) ? "--set at the end has no path=value after it"
                        : "\"" + word + "\" is not --set followed by path=value");
            }
            if (value.indexOf('=') <= 0) {
                throw bad(typed, "\"" + value + "\" after --set is not path=value");
            }
            overrides.add(value);
        }
        if (overrides.isEmpty()) {
            throw bad(typed, "it holds no --set path=value");
        }
        return new Variant(typed.strip(), overrides);
    }

    /** The words of {@code text}: split at blanks outside quotes, the quotes dropped. */
    static List<String> words(String text) throws ScenarioException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw bad(text, "a " + quote + " quote is not closed");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static ScenarioException bad(String typed, String why) {
        return new ScenarioException(List.of(new Issue("--variant " + typed.strip(), 0, 0, "", why
                + "; a variant is one or more --set path=value, e.g. --variant \"--set services.api.replicas=3"
                + " --set load.rate=40\"")));
    }
}
