package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> FIELDS = List.of("replicas", "pod", "endpoints");

    @Test
    void levenshteinDistance() {
        assertThat(Suggest.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.levenshtein("", "abc")).isEqualTo(3);
        assertThat(Suggest.levenshtein("same", "same")).isZero();
    }

    @Test
    void closeTyposAndPrefixesAreSuggested() {
        assertThat(Suggest.closest("replica", FIELDS)).contains("replicas");
        assertThat(Suggest.closest("Pods", FIELDS)).contains("pod");
        assertThat(Suggest.closest("endpoint", FIELDS)).contains("endpoints");
        assertThat(Suggest.closest("rep", FIELDS)).contains("replicas");
    }

    @Test
    void farAwayNamesAreNot() {
        assertThat(Suggest.closest("gateway", FIELDS)).isEmpty();
        assertThat(Suggest.didYouMean("xyz", FIELDS)).isEmpty();
        assertThat(Suggest.didYouMean("podd", FIELDS)).isEqualTo("; did you mean 'pod'?");
    }
}
