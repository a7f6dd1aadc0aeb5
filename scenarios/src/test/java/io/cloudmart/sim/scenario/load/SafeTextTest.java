package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void controlCharactersAreShownAsEscapes() {
        assertThat(SafeText.escape("a\nb\rc\td\u001b[31me\u0007f\u007f")).isEqualTo("a\\nb\\rc\\td\\e[31me\\x07f\\x7f");
    }

    @Test
    void bidiOverridesSeparatorsAndZeroWidthCharactersAreShownAsEscapes() {
        assertThat(SafeText.escape("x\u202ey\u2066z\u2028w\u200bv\ufeffu\u0085t"))
                .isEqualTo("x\\u202ey\\u2066z\\u2028w\\u200bv\\ufeffu\\u0085t");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "services.api: must be > 0 (got -1) — ü 中文 \uD83D\uDE00";
        assertThat(SafeText.escape(text)).isSameAs(text);
    }

    @Test
    void aLoneSurrogateIsEscapedButAPairIsNot() {
        assertThat(SafeText.escape("a\uD83Db")).isEqualTo("a\\ud83db");
        assertThat(SafeText.escape("\uDE00")).isEqualTo("\\ude00");
    }

    @Test
    void longValuesAreCutWithAnEllipsisWithoutSplittingASurrogatePair() {
        String shown = SafeText.shown("x".repeat(1_000_000));
        assertThat(shown).hasSize(SafeText.MAX_SHOWN).endsWith("\u2026");
        String emoji = "\uD83D\uDE00".repeat(100);
        String cut = SafeText.cut(emoji, 10);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(10);
        assertThat(SafeText.escape(cut)).isEqualTo(cut);
        assertThat(SafeText.cut("short", 10)).isEqualTo("short");
    }

    @Test
    void anIssueIsAlwaysOnePrintableLine() {
        Issue issue = new Issue("evil\n.yaml", 3, 1, "services.a\u001b[2Jb", "unknown field 'x\ny'\r\u202e");
        String line = issue.format();
        assertThat(line).doesNotContain("\n", "\r", "\u001b", "\u202e")
                .isEqualTo("evil\\n.yaml:3:1: services.a\\e[2Jb: unknown field 'x\\ny'\\r\\u202e");
    }

    @Test
    void anIssueCutsAnOverlongMessagePathAndSource() {
        String huge = "v".repeat(1 << 20);
        String line = new Issue("--set name=" + huge, 0, 0, huge, "got '" + huge + "'").format();
        assertThat(line.length()).isLessThan(Issue.MAX_SOURCE + Issue.MAX_PATH + Issue.MAX_MESSAGE + 10);
    }
}
