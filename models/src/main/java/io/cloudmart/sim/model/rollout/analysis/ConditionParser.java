package io.cloudmart.sim.model.rollout.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the subset of Argo Rollouts' condition language (expr-lang/expr, evaluated in
 * {@code utils/evaluate/evaluate.go} {@code EvalCondition}) that threshold checks over one number need:
 *
 * <pre>
 * condition  := or
 * or         := and ( "||" and )*
 * and        := unary ( "&amp;&amp;" unary )*
 * unary      := "!" ( "!" | "(" | "isNaN" ) ... | "(" or ")" | "isNaN" "(" result ")" | comparison
 * comparison := operand ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=" ) operand
 * operand    := result | ["-"] number
 * result     := "result" | "result[0]"
 * </pre>
 *
 * Precedence as in expr: {@code !} binds tightest, then comparisons, then {@code &&}, then {@code ||}; so
 * {@code !result > 5} would negate the number in expr (an evaluation error there) and is refused here: write
 * {@code !(result > 5)}. Anything
 * else (field access, arithmetic, {@code len}, {@code and}/{@code or} words, a bare {@code result}) is refused
 * with the column, where Argo would accept it or record Error measurements at run time.
 */
public final class ConditionParser {
    /** The accepted subset in one sentence, appended to every syntax error. */
    public static final String ALLOWED = "Allowed: comparisons (<, <=, >, >=, ==, !=) between result (or result[0]) and"
            + " numbers, isNaN(result), combined with &&, ||, ! and parentheses";

    private enum Kind { RESULT, NUMBER, IS_NAN, LPAREN, RPAREN, LBRACKET, RBRACKET, NOT, AND, OR, COMPARISON, MINUS, END }

    private record Token(Kind kind, String text, int column) { }

    private final String source;
    private final List<Token> tokens;
    private int position;

    private ConditionParser(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /**
     * Parses one condition.
     *
     * @throws ConditionSyntaxException naming the column of the first character outside the subset
     */
    public static Condition parse(String source) {
        if (source == null || source.isBlank()) {
            throw new ConditionSyntaxException(String.valueOf(source), 1, "empty condition");
        }
        ConditionParser parser = new ConditionParser(source);
        Condition condition = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw parser.error(rest, "unexpected '" + rest.text() + "'");
        }
        return condition;
    }

    private Condition or() {
        Condition left = and();
        while (peek().kind() == Kind.OR) {
            position++;
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = unary();
        while (peek().kind() == Kind.AND) {
            position++;
            left = new Condition.And(left, unary());
        }
        return left;
    }

    private Condition unary() {
        Token token = peek();
        switch (token.kind()) {
            case NOT -> {
                position++;
                Kind next = peek().kind();
                if (next != Kind.LPAREN && next != Kind.IS_NAN && next != Kind.NOT) {
                    throw error(peek(), "'!' applies to a condition in parentheses or isNaN(...), e.g. !(result > 5)");
                }
                return new Condition.Not(unary());
            }
            case LPAREN -> {
                position++;
                Condition inner = or();
                expect(Kind.RPAREN, "')'");
                return inner;
            }
            case IS_NAN -> {
                position++;
                expect(Kind.LPAREN, "'(' after isNaN");
                Operand.ResultReference argument = result(expect(Kind.RESULT, "result inside isNaN(...)"));
                expect(Kind.RPAREN, "')' after isNaN(result");
                return new Condition.IsNaN(argument);
            }
            default -> {
                return comparison();
            }
        }
    }

    private Condition comparison() {
        Operand left = operand();
        Token operator = peek();
        if (operator.kind() != Kind.COMPARISON) {
            throw error(operator, operator.kind() == Kind.END
                    ? "expected a comparison operator after '" + previous().text() + "', found the end"
                    : "expected a comparison operator, found '" + operator.text() + "'");
        }
        position++;
        Operand right = operand();
        return new Condition.Comparison(left, operatorOf(operator.text()), right);
    }

    private Operand operand() {
        Token token = peek();
        switch (token.kind()) {
            case RESULT -> {
                position++;
                return result(token);
            }
            case NUMBER -> {
                position++;
                return new Operand.NumberLiteral(Double.parseDouble(token.text()));
            }
            case MINUS -> {
                position++;
                Token number = expect(Kind.NUMBER, "a number after '-'");
                return new Operand.NumberLiteral(-Double.parseDouble(number.text()));
            }
            case END -> throw error(token, "expected result or a number, found the end");
            default -> throw error(token, "expected result or a number, found '" + token.text() + "'");
        }
    }

    /** {@code result} already consumed; an optional {@code [0]} follows. */
    private Operand.ResultReference result(Token resultToken) {
        if (peek().kind() != Kind.LBRACKET) {
            return new Operand.ResultReference(false);
        }
        position++;
        Token index = expect(Kind.NUMBER, "index 0 inside result[...]");
        if (!index.text().equals("0")) {
            throw error(index, "only result[0] is supported, found result[" + index.text() + "]");
        }
        expect(Kind.RBRACKET, "']'");
        return new Operand.ResultReference(true);
    }

    private Token expect(Kind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error(token, "expected " + what + ", found " + (token.kind() == Kind.END ? "the end" : "'" + token.text() + "'"));
        }
        position++;
        return token;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token previous() {
        return tokens.get(Math.max(0, position - 1));
    }

    private ConditionSyntaxException error(Token at, String problem) {
        return new ConditionSyntaxException(source, at.column(), problem);
    }

    private static ComparisonOperator operatorOf(String symbol) {
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            if (operator.symbol().equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalStateException("tokenizer produced unknown comparison " + symbol);
    }

    private static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < source.length() && Character.isDigit(source.charAt(i + 1)))) {
                int end = numberEnd(source, i);
                tokens.add(new Token(Kind.NUMBER, source.substring(i, end), column));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < source.length() && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_')) {
                    end++;
                }
                String word = source.substring(i, end);
                Kind kind = switch (word) {
                    case "result" -> Kind.RESULT;
                    case "isNaN" -> Kind.IS_NAN;
                    default -> throw new ConditionSyntaxException(source, column, "unknown name '" + word + "'");
                };
                tokens.add(new Token(kind, word, column));
                i = end;
            } else {
                String two = i + 1 < source.length() ? source.substring(i, i + 2) : "";
                switch (two) {
                    case "&&" -> tokens.add(new Token(Kind.AND, two, column));
                    case "||" -> tokens.add(new Token(Kind.OR, two, column));
                    case "<=", ">=", "==", "!=" -> tokens.add(new Token(Kind.COMPARISON, two, column));
                    default -> two = "";
                }
                if (!two.isEmpty()) {
                    i += 2;
                    continue;
                }
                Kind kind = switch (c) {
                    case '<', '>' -> Kind.COMPARISON;
                    case '!' -> Kind.NOT;
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case '[' -> Kind.LBRACKET;
                    case ']' -> Kind.RBRACKET;
                    case '-' -> Kind.MINUS;
                    default -> throw new ConditionSyntaxException(source, column, "unexpected character '" + c + "'");
                };
                tokens.add(new Token(kind, String.valueOf(c), column));
                i++;
            }
        }
        tokens.add(new Token(Kind.END, "", source.length() + 1));
        return tokens;
    }

    /** Digits, an optional fraction and an optional exponent, as expr writes float literals. */
    private static int numberEnd(String source, int start) {
        int end = start;
        while (end < source.length() && Character.isDigit(source.charAt(end))) {
            end++;
        }
        if (end < source.length() && source.charAt(end) == '.') {
            end++;
            while (end < source.length() && Character.isDigit(source.charAt(end))) {
                end++;
            }
        }
        if (end < source.length() && (source.charAt(end) == 'e' || source.charAt(end) == 'E')) {
            int exponent = end + 1;
            if (exponent < source.length() && (source.charAt(exponent) == '+' || source.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < source.length() && Character.isDigit(source.charAt(exponent))) {
                end = exponent;
                while (end < source.length() && Character.isDigit(source.charAt(end))) {
                    end++;
                }
            }
        }
        return end;
    }
}
