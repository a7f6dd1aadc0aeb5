package io.cloudmart.sim.model.rollout.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accepted subset of expr, its precedence, and the column of what is refused. */
class ConditionParserTest {

    private static boolean holds(String condition, double result) {
        return ConditionParser.parse(condition).holds(result);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "result < 0.95    | 0.94 | true", "result < 0.95    | 0.95 | false",
        "result <= 0.95   | 0.95 | true", "result <= 0.95   | 0.96 | false",
        "result > 0.95    | 0.96 | true", "result > 0.95    | 0.95 | false",
        "result >= 0.95   | 0.95 | true", "result >= 0.95   | 0.94 | false",
        "result == 3      | 3    | true", "result == 3      | 3.1  | false",
        "result != 3      | 3.1  | true", "result != 3      | 3    | false",
        "result[0] >= 0.95 | 0.97 | true", "0.95 <= result[0] | 0.9 | false",
        "result > -1      | -0.5 | true", "result < 5e2     | 499  | true",
        "result >= .5     | 0.5  | true", "result < 1.5E-1  | 0.14 | true"})
    void comparisonsBetweenResultAndNumbers(String condition, double result, boolean expected) {
        assertThat(holds(condition, result)).isEqualTo(expected);
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        // a || b && c is a || (b && c): with a true the whole is true even though c is false
        assertThat(holds("result > 0 || result > 5 && result > 100", 1)).isTrue();
        // (a || b) && c
        assertThat(holds("(result > 0 || result > 5) && result > 100", 1)).isFalse();
        // !a && b is (!a) && b
        assertThat(holds("!(result > 5) && result > 0", 1)).isTrue();
        assertThat(holds("result >= 0.9 && result <= 1", 0.95)).isTrue();
    }

    @Test
    void isNaNIsFalseForAValue() {
        assertThat(holds("isNaN(result) || result >= 0.95", 0.97)).isTrue();
        assertThat(holds("isNaN(result[0])", 0.5)).isFalse();
    }

    @Test
    void shortCircuitLeavesResultUnreadWhenNotReached() {
        assertThat(holds("1 < 2 || result > 0", Double.NaN)).isTrue();
        assertThatThrownBy(() -> holds("1 > 2 || result > 0", Double.NaN)).isInstanceOf(MissingResultException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "result.successRate > 1 | 7  | unexpected character '.'",
        "result * 100 > 95      | 8  | unexpected character '*'",
        "len(result) > 0        | 1  | unknown name 'len'",
        "result > 1 and result < 3 | 12 | unknown name 'and'",
        "result                 | 7  | expected a comparison operator after 'result', found the end",
        "result > 1)            | 11 | unexpected ')'",
        "(result > 1            | 12 | expected ')', found the end",
        "result[1] > 0          | 8  | only result[0] is supported, found result[1]",
        "result > > 1           | 10 | expected result or a number, found '>'",
        "result >               | 9  | expected result or a number, found the end",
        "result = 1             | 8  | unexpected character '='",
        "isNaN(1)               | 7  | expected result inside isNaN(...), found '1'",
        "result < 1 < 2         | 12 | unexpected '<'",
        "!result > 5            | 2  | '!' applies to a condition in parentheses or isNaN(...), e.g. !(result > 5)"})
    void refusesWhatIsOutsideTheSubsetWithTheColumn(String condition, int column, String problem) {
        assertThatThrownBy(() -> ConditionParser.parse(condition))
                .isInstanceOfSatisfying(ConditionSyntaxException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).startsWith("condition \"" + condition + "\", column " + column + ": ")
                            .contains("Allowed: comparisons");
                });
    }

    @Test
    void refusesAnEmptyCondition() {
        assertThatThrownBy(() -> ConditionParser.parse("  ")).isInstanceOf(ConditionSyntaxException.class)
                .hasMessageContaining("empty condition");
    }
}
